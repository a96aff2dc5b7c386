#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Judges a request head before FlyingFox parses it, since its byte-by-byte parser needs seconds for a 100 KB
/// line: too long a request line or header block is refused, cheaply, with memchr.
public struct RequestHeadCheck: Sendable, Equatable {
    /// The longest request line (method, target and version, without the line end) accepted; longer gets 414.
    public var requestLineLimit: Int
    /// The most bytes of header fields, blank line included, accepted after the request line; more gets 431.
    public var headerFieldsLimit: Int
    /// How long a connection may take to send its request head, from when it is accepted; slower gets 408
    /// (or, when nothing arrived at all, is closed without an answer).
    public var headTimeout: Duration
    /// The most connections relayed at once (each open page's live-reload stream is one); a connection past it is
    /// closed at once, so a flood of idle connections cannot use up the server's file descriptors.
    public var openConnectionLimit: Int

    public init(requestLineLimit: Int = 8 * 1024, headerFieldsLimit: Int = 16 * 1024, headTimeout: Duration = .seconds(10),
                openConnectionLimit: Int = 256) {
        self.requestLineLimit = requestLineLimit
        self.headerFieldsLimit = headerFieldsLimit
        self.headTimeout = headTimeout
        self.openConnectionLimit = openConnectionLimit
    }

    /// What the waiting bytes amount to.
    public enum Verdict: Equatable, Sendable {
        /// A whole request head within the limits, without a body, `length` bytes long: FlyingFox may parse it.
        case complete(length: Int)
        /// Within the limits so far, but the head has not ended yet: wait for more.
        case incomplete
        /// The request line is over the limit (414).
        case requestLineTooLong
        /// The header fields are over the limit (431).
        case headerFieldsTooLarge
        /// The head announces a body (`Content-Length` above 0 or `Transfer-Encoding`): the preview takes none (413).
        case bodyAnnounced
        /// A line of the head is not HTTP/1.1: a request line that is not `method target HTTP/d.d`, a field whose
        /// name is not a token followed right away by `:` (RFC 9112 §5.1), a folded line, or control bytes (400).
        case malformed
    }

    /// How many bytes to look at: a head one byte over both limits is enough to decide.
    public var inspectedBytes: Int { requestLineLimit + 2 + headerFieldsLimit + 1 }

    /// Judges `bytes`, the start of what a client sent on a new connection.
    public func verdict(_ bytes: UnsafeRawBufferPointer) -> Verdict {
        guard let lineEnd = Self.lineFeed(in: bytes, from: 0, limit: requestLineLimit + 2) else {
            return bytes.count >= requestLineLimit + 2 ? .requestLineTooLong : .incomplete
        }
        let requestLineLength = Self.contentLength(ofLineEndingAt: lineEnd, from: 0, in: bytes)
        if requestLineLength > requestLineLimit { return .requestLineTooLong }
        if !HeadLine.isRequestLine(UnsafeRawBufferPointer(rebasing: bytes[0..<requestLineLength])) { return .malformed }
        let fieldsStart = lineEnd + 1
        var lineStart = fieldsStart
        var announcesBody = false
        while true {
            let remaining = fieldsStart + headerFieldsLimit - lineStart
            guard remaining > 0, let end = Self.lineFeed(in: bytes, from: lineStart, limit: remaining) else {
                return bytes.count >= fieldsStart + headerFieldsLimit ? .headerFieldsTooLarge : .incomplete
            }
            let length = Self.contentLength(ofLineEndingAt: end, from: lineStart, in: bytes)
            if length == 0 { return announcesBody ? .bodyAnnounced : .complete(length: end + 1) }
            let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<(lineStart + length)])
            switch HeadLine.field(line) {
            case .malformed: return .malformed
            case .announcesBody: announcesBody = true
            case .plain: break
            }
            lineStart = end + 1
        }
    }

    /// The head to hand FlyingFox: the same request line and fields, but `Connection: close` (and no `Keep-Alive`),
    /// so FlyingFox answers it and closes, and never reads a second request the gate has not seen.
    public static func closingConnection(_ head: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(head.count + 19)
        var lineStart = 0
        var isRequestLine = true
        while let end = head[lineStart...].firstIndex(of: 0x0A) {
            let line = head[lineStart...end]
            lineStart = end + 1
            if line.count <= 2 && (line.first == 0x0D || line.first == 0x0A) { break }
            // Heads reaching here passed `verdict`: every field name is a token right before its colon.
            if !isRequestLine, let colon = line.firstIndex(of: 0x3A) {
                let name = head[line.startIndex..<colon]
                if HeadLine.isName(name, "connection") || HeadLine.isName(name, "keep-alive") { continue }
            }
            isRequestLine = false
            result += line
        }
        return result + Array("Connection: close\r\n\r\n".utf8)
    }

    /// The offset of the first `\n` in `bytes[start..<start + limit]` (clipped to the bytes there are), or nil.
    static func lineFeed(in bytes: UnsafeRawBufferPointer, from start: Int, limit: Int) -> Int? {
        let count = min(limit, bytes.count - start)
        guard count > 0, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, count) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// The length of the line from `start` to the `\n` at `end`, without a `\r` before it.
    static func contentLength(ofLineEndingAt end: Int, from start: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        end > start && bytes[end - 1] == 0x0D ? end - 1 - start : end - start
    }
}

