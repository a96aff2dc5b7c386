import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bare HTTP/1.1 client on 127.0.0.1, so tests send exactly the bytes a browser or an attacker would.
struct RawHTTPClient: Sendable {
    /// A parsed response; header names are lowercased.
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// A connection or protocol problem, described for the test log.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: UInt16

    /// Sends one request with `Connection: close` and reads the whole response. `host: nil` sends no Host header.
    func get(_ target: String, host: String? = "default", headers: [String: String] = [:],
             within: TimeInterval = 30) async throws -> Response {
        let request = requestText(target, host: host, headers: headers, connection: "close")
        return try await Self.offThread {
            let socket = try Self.connect(port: port)
            defer { close(socket) }
            try Self.send(request, on: socket)
            return try Self.parse(Self.readAll(socket))
        }
    }

    /// Sends `bytes` as they are, from another thread so a server that answers before reading everything cannot
    /// block the test, and reads the answer until the server closes, for at most `within` seconds.
    func exchange(_ bytes: [UInt8], within: TimeInterval = 30) async throws -> Response {
        try await Self.offThread {
            let socket = try Self.connect(port: port)
            defer { close(socket) }
            let sent = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                _ = Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL))
                sent.signal()
            }
            defer { sent.wait() }
            return try Self.parse(Self.readAll(socket, within: within))
        }
    }

    /// Opens the live-reload stream and keeps the connection for `EventStreamReader`.
    func openEventStream(origin: String? = nil) async throws -> EventStreamReader {
        let request = requestText("/__almanac/events", host: "default", headers: origin.map { ["Origin": $0] } ?? [:],
                                  connection: "keep-alive")
        let socket = try await Self.offThread {
            let socket = try Self.connect(port: port)
            try Self.send(request, on: socket)
            return socket
        }
        return EventStreamReader(socket: socket)
    }

    func requestText(_ target: String, host: String?, headers: [String: String], connection: String) -> String {
        var text = "GET \(target) HTTP/1.1\r\n"
        if let host { text += "Host: \(host == "default" ? "127.0.0.1:\(port)" : host)\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return text + "Connection: \(connection)\r\n\r\n"
    }

    /// Blocking socket calls run on a Dispatch thread, never on the cooperative pool the server needs.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    static func connect(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "connect to 127.0.0.1:\(port) failed")
        }
        return socket
    }

    static func send(_ text: String, on socket: Int32) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw Failure(description: "send failed")
        }
    }

    /// Reads until the server closes the connection, or `within` seconds pass without it.
    static func readAll(_ socket: Int32, within: TimeInterval = 30) throws -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let deadline = Date().addingTimeInterval(within)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return received }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                throw Failure(description: "recv failed: errno \(errno)")
            }
            received += buffer[0..<count]
        }
        throw Failure(description: "no end of response within \(Int(within)) s")
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no header end in \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "bad status line in \(text)")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
