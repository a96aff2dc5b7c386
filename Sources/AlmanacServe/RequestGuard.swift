import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses requests whose `Host` or `Origin` names another site: what a DNS-rebinding or cross-site page sends.
public struct RequestGuard: Sendable {
    /// Host names accepted in `Host` and `Origin`, lowercased, IPv6 in brackets, without port.
    public let allowedHosts: Set<String>
    /// When listening on every interface, any IP literal is fine: rebinding needs a name, not an address.
    public let allowsAnyAddress: Bool

    /// `boundAddresses` are the addresses listened on (`127.0.0.1`, `::1`, `0.0.0.0`…).
    public init(boundAddresses: [String]) {
        var hosts: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        for address in boundAddresses {
            hosts.insert(address.contains(":") ? "[\(address.lowercased())]" : address.lowercased())
        }
        allowedHosts = hosts
        allowsAnyAddress = boundAddresses.contains { $0 == "0.0.0.0" || $0 == "::" }
    }

    /// Whether a `Host` header names this server. The port is not compared, so SSH port forwarding still works.
    public func allowsHost(_ header: String?) -> Bool {
        guard let header, let host = Self.hostName(fromHostAndPort: header) else { return false }
        return allows(host)
    }

    /// Whether an `Origin` header is this server's own; pages from elsewhere may not open the event stream.
    /// Browsers leave `Origin` out of same-origin `EventSource` requests, so a missing header is accepted.
    public func allowsOrigin(_ header: String?) -> Bool {
        guard let header else { return true }
        let prefix = "http://"
        guard header.lowercased().hasPrefix(prefix) else { return false }
        guard let host = Self.hostName(fromHostAndPort: String(header.dropFirst(prefix.count))) else { return false }
        return allows(host)
    }

    func allows(_ host: String) -> Bool {
        allowedHosts.contains(host) || (allowsAnyAddress && Self.isAddressLiteral(host))
    }

    /// `name[:port]` or `[v6][:port]` to the lowercased name; nil for anything malformed.
    static func hostName(fromHostAndPort hostAndPort: String) -> String? {
        let text = hostAndPort.lowercased()
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "@" || $0 == "\\" }) else {
            return nil
        }
        var host = Substring(text)
        var port: Substring = ""
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[...close]
            port = text[text.index(after: close)...]
        } else if let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            port = text[colon...]
        }
        if !port.isEmpty {
            guard port.hasPrefix(":"), port.count > 1, port.dropFirst().allSatisfy(\.isASCII),
                  port.dropFirst().allSatisfy(\.isNumber) else { return nil }
        }
        return host.isEmpty ? nil : String(host)
    }

    /// Whether a host is an IPv4 literal or a bracketed IPv6 literal.
    static func isAddressLiteral(_ host: String) -> Bool {
        if host.hasPrefix("[") && host.hasSuffix("]") {
            var address = in6_addr()
            return inet_pton(AF_INET6, String(host.dropFirst().dropLast()), &address) == 1
        }
        var address = in_addr()
        return inet_pton(AF_INET, host, &address) == 1
    }
}
