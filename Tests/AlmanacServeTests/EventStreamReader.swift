import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open live-reload stream: reads on until a text appears, remembering where the last wait stopped.
final class EventStreamReader: @unchecked Sendable {
    private let socket: Int32
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var consumed = 0

    init(socket: Int32) {
        self.socket = socket
    }

    deinit {
        close(socket)
    }

    /// Everything from the end of the previous wait up to and including the next `text`; fails after `timeout`.
    func next(_ text: String, timeout: TimeInterval = 60) async throws -> String {
        try await RawHTTPClient.offThread { try self.blockingNext(text, timeout: timeout) }
    }

    private func blockingNext(_ text: String, timeout: TimeInterval) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        return try lock.withLock {
            while true {
                if let found = received[consumed...].firstRange(of: Array(text.utf8)) {
                    let segment = String(decoding: received[consumed..<found.upperBound], as: UTF8.self)
                    consumed = found.upperBound
                    return segment
                }
                guard Date() < deadline else {
                    throw RawHTTPClient.Failure(description: "no \"\(text)\" on the event stream within \(timeout) s")
                }
                let count = recv(socket, &buffer, buffer.count, 0)
                if count == 0 { throw RawHTTPClient.Failure(description: "event stream closed while waiting for \(text)") }
                if count > 0 { received += buffer[0..<count] }
            }
        }
    }
}
