import AlmanacCore
@testable import AlmanacServe
import Foundation
import Testing

/// One real server on an ephemeral 127.0.0.1 port over a copy of the small fixture site: safety, edits, failures.
@Suite(.serialized) struct LiveServerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let traversalForms = [
        "/../../../../etc/passwd",
        "/assets/../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/.%2e/.%2e/etc/passwd",
        "/..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5c..%5cetc%5cpasswd",
        "/..\\..\\..\\etc\\passwd",
        "//etc/passwd",
        "/%252e%252e/etc/passwd",
    ]

    @Test(.timeLimit(.minutes(5)))
    func servesSafelyAndFollowsEdits() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Tests/AlmanacCoreTests/Fixtures/sites/small/content"),
                                         to: content)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"),
                                         to: folder.appendingPathComponent("templates"))
        let options = BuildOptions(contentDirectory: content.path, templatesDirectory: folder.appendingPathComponent("templates").path,
                                   outputDirectory: folder.appendingPathComponent("output").path)
        let server = PreviewServer(ServeConfiguration(build: options, host: "127.0.0.1", port: 0,
                                                      log: ServeConfiguration.silent, logError: ServeConfiguration.silent))
        try await server.start()
        do {
            try await exercise(RawHTTPClient(port: await server.port), content: content, output: folder.appendingPathComponent("output"))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The file's text once it contains `text`, or as it is after ten seconds.
    static func outputFile(_ file: URL, containing text: String) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let written = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if written.contains(text) || ContinuousClock.now > deadline { return written }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func exercise(_ client: RawHTTPClient, content: URL, output: URL) async throws {
        let home = try await client.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.headers["access-control-allow-origin"] == nil)
        #expect(home.body.contains("new EventSource(\"/__almanac/events\")"))
        #expect(try await client.get("/assets/style.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try await client.get("/data/figures.json").headers["content-type"] == "application/json; charset=utf-8")

        for target in Self.traversalForms {
            let response = try await client.get(target)
            #expect(response.status == 400, "\(target) answered \(response.status)")
            #expect(!response.body.contains("root:"), "\(target) leaked a file")
        }
        #expect(try await client.get("/", host: "evil.example").status == 403)
        #expect(try await client.get("/", host: "evil.example:\(client.port)").status == 403)
        #expect(try await client.get("/", host: nil).status == 403)
        #expect(try await client.get("/", host: "localhost:\(client.port)").status == 200)
        #expect(try await client.get("/__almanac/events", headers: ["Origin": "http://evil.example"]).status == 403)

        let events = try await client.openEventStream(origin: "http://127.0.0.1:\(client.port)")
        _ = try await events.next("event: hello")

        let theme = content.appendingPathComponent("themes/01-alpha.md")
        let original = try String(contentsOf: theme, encoding: .utf8)
        try (original + "\nA sentence added while the preview was open.\n").write(to: theme, atomically: false, encoding: .utf8)
        _ = try await events.next("event: reload")
        #expect(try await client.get("/alpha.html").body.contains("A sentence added while the preview was open."))
        // Open pages reload as soon as the build is checked; the output folder follows once the files are written.
        let written = try await Self.outputFile(output.appendingPathComponent("alpha.html"),
                                                containing: "A sentence added while the preview was open.")
        #expect(written.contains("A sentence added while the preview was open."))
        #expect(!written.contains("EventSource"), "the live-reload script must never reach output/")

        let page = content.appendingPathComponent("pages/introduction.md")
        let introduction = try String(contentsOf: page, encoding: .utf8)
        try "---\ntitle: Introduction\n\nNo closing line.\n".write(to: page, atomically: true, encoding: .utf8)
        _ = try await events.next("event: failed")
        let broken = try await client.get("/alpha.html")
        #expect(broken.status == 200)
        #expect(broken.body.contains("id=\"almanac-overlay\""))
        #expect(broken.body.contains("\(content.path)/pages/introduction.md:1:1: error: front matter is not closed"))
        #expect(broken.body.contains("A sentence added while the preview was open."), "the last good build stays up")

        try introduction.write(to: page, atomically: true, encoding: .utf8)
        _ = try await events.next("event: reload")
        let fixed = try await client.get("/alpha.html")
        #expect(fixed.status == 200)
        #expect(!fixed.body.contains("id=\"almanac-overlay\""))
    }
}
