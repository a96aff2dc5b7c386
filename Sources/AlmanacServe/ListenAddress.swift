import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An address `--host` stands for: loopback by default, otherwise exactly the IP address the user named.
public enum ListenAddress: Sendable, Equatable {
    case ipv4(String)
    case ipv6(String)

    /// Why a `--host` value was refused.
    public struct InvalidHost: Error, CustomStringConvertible {
        public var host: String
        public var description: String {
            "--host takes an IP address (127.0.0.1, ::1, 0.0.0.0, ::) or localhost, not \"\(host)\""
        }
    }

    /// Which addresses to listen on: `required` must all work; `optional` (::1 by default) may be missing.
    public static func parse(_ host: String?) throws -> (required: [ListenAddress], optional: [ListenAddress]) {
        guard let host, host.lowercased() != "localhost" else {
            return ([.ipv4("127.0.0.1")], [.ipv6("::1")])
        }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var v4 = in_addr()
        if inet_pton(AF_INET, bare, &v4) == 1 { return ([.ipv4(bare)], []) }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, bare, &v6) == 1 { return ([.ipv6(bare.lowercased())], []) }
        throw InvalidHost(host: host)
    }

    /// The address as written, without brackets.
    public var text: String {
        switch self {
        case .ipv4(let address), .ipv6(let address): address
        }
    }

    /// How the address appears in a URL's host part.
    public var urlHost: String {
        switch self {
        case .ipv4(let address): address
        case .ipv6(let address): "[\(address)]"
        }
    }

    /// Whether the address is every interface rather than one.
    public var isWildcard: Bool {
        text == "0.0.0.0" || text == "::"
    }

    /// The socket address FlyingFox binds to.
    func socketAddress(port: UInt16) throws -> any SocketAddress {
        switch self {
        case .ipv4(let address): try sockaddr_in.inet(ip4: address, port: port)
        case .ipv6(let address): try sockaddr_in6.inet6(ip6: address, port: port)
        }
    }
}
