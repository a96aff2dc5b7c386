import FlyingFox
import Foundation

/// Answers every request from one snapshot of the site: guards first, then the live-reload stream or a built file.
/// Replaces FlyingFox's `DirectoryHTTPHandler`, which was seen serving files outside its folder.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState
    let requestGuard: RequestGuard

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard requestGuard.allowsHost(request.headers[.host]) else {
            return Self.text(.forbidden, "Host not allowed: this preview only answers to its own address.\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text(.methodNotAllowed, "Only GET and HEAD.\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == LiveReloadPage.eventsPath {
            return await eventStream(request)
        }
        if case .refused(let reason) = RequestPathResolver.resolve(rawPath) {
            return Self.text(.badRequest, "Refused: \(reason).\n")
        }
        let snapshot = await state.snapshot
        guard snapshot.hasSite else {
            let page = LiveReloadPage.placeholder(title: "No good build yet", message: "Almanac is waiting for a build that succeeds.",
                                                  version: snapshot.version, failure: snapshot.failure, hasSite: false)
            return Self.respond(.serviceUnavailable, type: MediaType.of("index.html"), body: page, head: request.method == .HEAD)
        }
        guard let (path, bytes) = RequestPathResolver.lookup(rawPath, in: snapshot.files) else {
            let page = LiveReloadPage.placeholder(title: "Not found", message: "The build has no page at this address.",
                                                  version: snapshot.version, failure: snapshot.failure, hasSite: true)
            return Self.respond(.notFound, type: MediaType.of("index.html"), body: page, head: request.method == .HEAD)
        }
        let body = MediaType.isHTML(path)
            ? LiveReloadPage.inject(into: bytes, version: snapshot.version, failure: snapshot.failure)
            : bytes
        return Self.respond(.ok, type: MediaType.of(path), body: body, head: request.method == .HEAD)
    }

    /// The live-reload stream; only pages from this server (same origin, or no `Origin` at all) may open it.
    func eventStream(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET else {
            return Self.text(.methodNotAllowed, "The event stream answers GET only.\n")
        }
        guard requestGuard.allowsOrigin(request.headers[HTTPHeader("Origin")]) else {
            return Self.text(.forbidden, "Origin not allowed.\n")
        }
        guard let messages = await state.subscribe() else {
            return Self.text(.serviceUnavailable, "The server is stopping.\n")
        }
        var headers = Self.commonHeaders(type: "text/event-stream; charset=utf-8")
        headers[HTTPHeader("X-Accel-Buffering")] = "no"
        return HTTPResponse(statusCode: .ok, headers: headers,
                            body: HTTPBodySequence(from: ServerSentEvent.Body(messages: messages), suggestedBufferSize: 16 * 1024))
    }

    /// A response for built bytes; HEAD gets the same headers and no body.
    static func respond(_ status: HTTPStatusCode, type: String, body: [UInt8], head: Bool) -> HTTPResponse {
        var headers = commonHeaders(type: type)
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : Data(body))
    }

    static func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        respond(status, type: "text/plain; charset=utf-8", body: Array(message.utf8), head: false)
    }

    /// Sent with everything: nothing is cached, sniffed, or readable by other sites (no CORS headers at all), and the
    /// connection ends after the answer (the request gate checks one request per connection).
    static func commonHeaders(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        headers[HTTPHeader("Cross-Origin-Resource-Policy")] = "same-origin"
        headers[HTTPHeader("Referrer-Policy")] = "no-referrer"
        headers[.connection] = "close"
        return headers
    }
}
