@testable import AlmanacServe
import Testing

/// The request-head limits on their own: what is let through, what waits, and what is refused with which status.
@Suite struct RequestHeadCheckTests {
    let check = RequestHeadCheck(requestLineLimit: 64, headerFieldsLimit: 128)

    func verdict(_ text: String) -> RequestHeadCheck.Verdict {
        Array(text.utf8).withUnsafeBytes { check.verdict($0) }
    }

    @Test func letsWholeHeadsThroughWithTheirLength() {
        let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        #expect(verdict(head) == .complete(length: head.utf8.count))
        #expect(verdict(head + "GET /next HTTP/1.1\r\n") == .complete(length: head.utf8.count))
        #expect(verdict("GET / HTTP/1.1\nHost: x\n\n") == .complete(length: 24))
        #expect(verdict("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n") == .complete(length: 37))
    }

    @Test(arguments: ["", "GET / HT", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: 127", "GET / HTTP/1.1\r\nHost: x\r\n\r"])
    func waitsForTheRestOfAHead(_ text: String) {
        #expect(verdict(text) == .incomplete)
    }

    @Test func refusesLongRequestLinesBeforeTheirEnd() {
        let target = String(repeating: "a", count: 70)
        #expect(verdict("GET /\(target)") == .requestLineTooLong)
        #expect(verdict("GET /\(target) HTTP/1.1\r\nHost: x\r\n\r\n") == .requestLineTooLong)
        let longest = "GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1"
        #expect(longest.utf8.count == 64)
        #expect(verdict(longest + "\r\n\r\n") == .complete(length: 68))
    }

    @Test func refusesLargeHeaderFieldsBeforeTheirEnd() {
        let filler = String(repeating: "b", count: 200)
        #expect(verdict("GET / HTTP/1.1\r\nX-Filler: \(filler)") == .headerFieldsTooLarge)
        let many = String(repeating: "X-A: 1\r\n", count: 20)
        #expect(verdict("GET / HTTP/1.1\r\n\(many)\r\n") == .headerFieldsTooLarge)
        let fitting = String(repeating: "X-A: 1\r\n", count: 15)
        #expect(verdict("GET / HTTP/1.1\r\n\(fitting)\r\n") == .complete(length: 16 + 120 + 2))
    }

    @Test(arguments: ["Content-Length: 5", "Transfer-Encoding: chunked", "Content-Length:", "CONTENT-LENGTH:5",
                      "tRaNsFeR-eNcOdInG: gzip", "Content-Length: -1", "Content-Length: 0, 5",
                      "X-\(String(repeating: "a", count: 60)): 1\r\nContent-Length: 5"])
    func refusesHeadsAnnouncingABody(_ field: String) {
        #expect(verdict("POST / HTTP/1.1\r\nHost: x\r\n\(field)\r\n\r\n") == .bodyAnnounced)
    }

    /// RFC 9112 §5.1: whitespace between a field name and its colon must be rejected with 400, whatever the name.
    @Test(arguments: ["Content-Length" + String(repeating: " ", count: 30) + ": 5", "content-length : 12",
                      "Host\t: x", " Content-Length: 5", "X-A: 1\r\n folded", "X-A: 1\r\n\tfolded", "no colon",
                      ": empty name", "X(A): 1", "X-A: a\u{01}b", "X-A: a\rb", "Content-Length\u{0B}: 5"])
    func refusesMalformedFieldLines(_ field: String) {
        #expect(verdict("GET / HTTP/1.1\r\nHost: x\r\n\(field)\r\n\r\n") == .malformed)
    }

    @Test(arguments: [" GET / HTTP/1.1", "GET  / HTTP/1.1", "GET / HTTP/1.1 ", "GET /", "GET / FTP/1.1", "G(T / HTTP/1.1",
                      "GET /a\u{7F} HTTP/1.1", "GET / HTTP/x.1", "\r", ""])
    func refusesMalformedRequestLines(_ line: String) {
        #expect(verdict("\(line)\r\nHost: x\r\n\r\n") == .malformed)
    }

    @Test func letsOrdinaryFieldsThrough() {
        let head = "GET /a?b=c%20d HTTP/1.0\r\nHost: x\r\nX-Odd_Name!#$%&'*+.^`|~: v\tw  \r\nAccept:*/*\r\nX-Empty:\r\n\r\n"
        #expect(verdict(head) == .complete(length: head.utf8.count))
    }

    @Test func mapsVerdictsToAnswers() {
        let standard = RequestHeadCheck()
        #expect(standard.requestLineLimit == 8192 && standard.headerFieldsLimit == 16384)
        #expect(RequestRefusal(.requestLineTooLong, check: standard)?.status.code == 414)
        #expect(RequestRefusal(.headerFieldsTooLarge, check: standard)?.status.code == 431)
        #expect(RequestRefusal(.bodyAnnounced, check: standard)?.status.code == 413)
        #expect(RequestRefusal(.malformed, check: standard)?.status.code == 400)
        #expect(RequestRefusal.noAnswer.status.code == 504 && RequestRefusal.unavailable.status.code == 503)
        #expect(RequestRefusal(.incomplete, check: standard) == nil)
        #expect(RequestRefusal(.complete(length: 10), check: standard) == nil)
        let response = String(decoding: RequestRefusal.tooSlow.response, as: UTF8.self)
        #expect(response.hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))
        #expect(response.contains("Connection: close\r\n"))
        #expect(response.contains("Content-Length: 36\r\n"))
        #expect(response.hasSuffix("\r\n\r\nThe request did not arrive in time.\n"))
    }

    @Test func handsFlyingFoxHeadsThatCloseTheConnection() {
        let head = "GET /a HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nAccept: */*\r\n\r\n"
        let forwarded = String(decoding: RequestHeadCheck.closingConnection(Array(head.utf8)), as: UTF8.self)
        #expect(forwarded == "GET /a HTTP/1.1\r\nHost: x\r\nAccept: */*\r\nConnection: close\r\n\r\n")
        let bare = String(decoding: RequestHeadCheck.closingConnection(Array("GET / HTTP/1.0\n\n".utf8)), as: UTF8.self)
        #expect(bare == "GET / HTTP/1.0\nConnection: close\r\n\r\n")
    }
}
