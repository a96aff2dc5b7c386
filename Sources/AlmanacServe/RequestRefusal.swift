/// The answers the request gate gives by itself, before FlyingFox sees a request, each followed by closing the connection.
enum RequestRefusal: Equatable, Sendable {
    /// 414: the request line is over `limit` bytes.
    case requestLineTooLong(limit: Int)
    /// 431: the header fields are over `limit` bytes.
    case headerFieldsTooLarge(limit: Int)
    /// 413: the request announces a body; the preview only answers GET and HEAD, which need none.
    case bodyAnnounced
    /// 408: the request started arriving but did not arrive whole in time.
    case tooSlow
    /// 400: a line of the head is not HTTP/1.1 (see `RequestHeadCheck.Verdict.malformed`).
    case malformed
    /// 504: FlyingFox did not start answering in time.
    case noAnswer
    /// 503: the gate could not reach FlyingFox (it is restarting, or the process is out of file descriptors).
    case unavailable

    /// The refusal for a verdict, or nil when the verdict lets the request through or asks to wait.
    init?(_ verdict: RequestHeadCheck.Verdict, check: RequestHeadCheck) {
        switch verdict {
        case .complete, .incomplete: return nil
        case .requestLineTooLong: self = .requestLineTooLong(limit: check.requestLineLimit)
        case .headerFieldsTooLarge: self = .headerFieldsTooLarge(limit: check.headerFieldsLimit)
        case .bodyAnnounced: self = .bodyAnnounced
        case .malformed: self = .malformed
        }
    }

    var status: (code: Int, reason: String) {
        switch self {
        case .requestLineTooLong: (414, "URI Too Long")
        case .headerFieldsTooLarge: (431, "Request Header Fields Too Large")
        case .bodyAnnounced: (413, "Content Too Large")
        case .tooSlow: (408, "Request Timeout")
        case .malformed: (400, "Bad Request")
        case .noAnswer: (504, "Gateway Timeout")
        case .unavailable: (503, "Service Unavailable")
        }
    }

    var message: String {
        switch self {
        case .requestLineTooLong(let limit): "The request line is longer than \(limit) bytes.\n"
        case .headerFieldsTooLarge(let limit): "The request headers are longer than \(limit) bytes.\n"
        case .bodyAnnounced: "This preview answers GET and HEAD only and accepts no request body.\n"
        case .tooSlow: "The request did not arrive in time.\n"
        case .malformed: "The request head is not well-formed HTTP/1.1.\n"
        case .noAnswer: "The preview did not start answering in time.\n"
        case .unavailable: "The preview cannot take the request right now; try again.\n"
        }
    }

    /// The whole HTTP/1.1 response, with the same safety headers as every other answer.
    var response: [UInt8] {
        let body = Array(message.utf8)
        let head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
