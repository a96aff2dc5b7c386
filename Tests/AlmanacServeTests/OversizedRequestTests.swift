import AlmanacCore
@testable import AlmanacServe
import Foundation
import Testing

/// Oversized and slow requests against a real server on an ephemeral 127.0.0.1 port: each is refused with its own
/// status before FlyingFox parses it, and the preview keeps answering normal requests meanwhile.
@Suite(.serialized) struct OversizedRequestTests {
    /// Starts a preview of the small fixture site, runs `body` against it, and always stops it.
    func withServer(_ check: RequestHeadCheck = RequestHeadCheck(),
                    _ body: (RawHTTPClient) async throws -> Void) async throws {
        let site = try PreviewSiteCopy(label: "oversized")
        let folder = site.folder, content = site.content, templates = site.templates
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = BuildOptions(contentDirectory: content.path, templatesDirectory: templates.path,
                                   outputDirectory: folder.appendingPathComponent("output").path)
        let server = PreviewServer(ServeConfiguration(build: options, host: "127.0.0.1", port: 0, writeOutput: false,
                                                      requestCheck: check,
                                                      log: ServeConfiguration.silent, logError: ServeConfiguration.silent))
        try await server.start()
        do {
            try await body(RawHTTPClient(port: await server.port))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func request(_ target: String = "/", port: UInt16, fields: String = "") -> [UInt8] {
        Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(fields)Connection: close\r\n\r\n".utf8)
    }

    @Test(.timeLimit(.minutes(2)))
    func refusesA100KBURLWith414() async throws {
        try await withServer { client in
            let response = try await client.exchange(request("/" + String(repeating: "a", count: 100_000), port: client.port))
            #expect(response.status == 414)
            #expect(response.headers["connection"] == "close")
            #expect(response.body == "The request line is longer than 8192 bytes.\n")
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func refusesA300KBHeaderWith431() async throws {
        try await withServer { client in
            let filler = "X-Filler: " + String(repeating: "b", count: 300_000) + "\r\n"
            let response = try await client.exchange(request(port: client.port, fields: filler))
            #expect(response.status == 431)
            #expect(response.body == "The request headers are longer than 16384 bytes.\n")
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func keepsAnsweringWhileThreeClientsSend300KBHeaders() async throws {
        try await withServer { client in
            let filler = "X-Filler: " + String(repeating: "c", count: 300_000) + "\r\n"
            let oversized = request(port: client.port, fields: filler)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<3 {
                    group.addTask { try await client.exchange(oversized).status }
                }
                // A safety bound, not a speed goal: before the gate this answer took minutes.
                let home = try await client.get("/", within: 10)
                #expect(home.status == 200)
                #expect(home.body.contains("new EventSource(\"/__almanac/events\")"))
                for try await status in group {
                    #expect(status == 431)
                }
            }
            #expect(try await client.get("/", within: 10).status == 200)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func refusesBodiesAndSlowHeads() async throws {
        try await withServer(RequestHeadCheck(headTimeout: .seconds(1))) { client in
            let post = Array("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(client.port)\r\nContent-Length: 3\r\n\r\nabc".utf8)
            let refusedPost = try await client.exchange(post)
            #expect(refusedPost.status == 413)
            let unfinished = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(client.port)\r\n".utf8)
            let late = try await client.exchange(unfinished)
            #expect(late.status == 408)
            let home = try await client.get("/")
            #expect(home.status == 200)
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func closesConnectionsPastTheOpenLimitAndRecovers() async throws {
        try await withServer(RequestHeadCheck(headTimeout: .seconds(20), openConnectionLimit: 3)) { client in
            let port = client.port
            let idle = try await RawHTTPClient.offThread { try (0..<3).map { _ in try RawHTTPClient.connect(port: port) } }
            // Let the gate accept all three before the fourth arrives.
            try await Task.sleep(for: .milliseconds(300))
            let refused = try await RawHTTPClient.offThread { () -> [UInt8] in
                let socket = try RawHTTPClient.connect(port: port)
                defer { close(socket) }
                return try RawHTTPClient.readAll(socket, within: 10)
            }
            #expect(refused.isEmpty, "a connection past the limit is closed without an answer")
            for socket in idle { close(socket) }
            try await Task.sleep(for: .milliseconds(300))
            let response = try await client.exchange(request(port: port))
            #expect(response.status == 200)
        }
    }
}
