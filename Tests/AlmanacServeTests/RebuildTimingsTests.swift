import AlmanacCore
@testable import AlmanacServe
import Foundation
import Testing

/// `almanac serve --timings`: each rebuild's line names its stages and how many pages were rendered or reused.
@Suite struct RebuildTimingsTests {
    /// Lines the server logged, kept for the test to read.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var last: String? { lock.withLock { lines.last } }
        var all: [String] { lock.withLock { lines } }
    }

    /// A copy of the small fixture site in a new temporary folder, built with the default templates into `output/`
    /// beside it: the folder, its content folder and the build's options.
    static func smallSite(_ label: String) throws -> (folder: URL, content: URL, options: BuildOptions) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-\(label)-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: LiveServerTests.repository.appendingPathComponent("Tests/AlmanacCoreTests/Fixtures/sites/small/content"),
                                         to: content)
        let options = BuildOptions(contentDirectory: content.path,
                                   templatesDirectory: LiveServerTests.repository.appendingPathComponent("templates").path,
                                   outputDirectory: folder.appendingPathComponent("output").path)
        return (folder, content, options)
    }

    @Test func aBodyEditRendersOnePageAndTheLineSaysSo() async throws {
        let (folder, content, options) = try Self.smallSite("timings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = Lines()
        var configuration = ServeConfiguration(build: options, host: "127.0.0.1", port: 0, log: { lines.append($0) },
                                               logError: ServeConfiguration.silent)
        configuration.showTimings = true
        let server = PreviewServer(configuration)
        await server.rebuild(after: [])
        let first = try #require(lines.last)
        #expect(first.contains("(load ") && first.contains(" ms, parse ") && first.contains("render "))
        let all = try #require(first.firstMatch(of: /pages rendered (\d+), reused 0, files written (\d+), linked 0, in the output folder after \d+ ms\)/))
        let (rendered, files) = (try #require(Int(all.1)), try #require(Int(all.2)))

        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        try (try String(contentsOf: alpha, encoding: .utf8) + "\nOne more sentence.\n").write(to: alpha, atomically: true, encoding: .utf8)
        await server.rebuild(after: [alpha.path])
        let second = try #require(lines.last)
        // The page and the print version are new; every other file is linked from the last build's output.
        #expect(second.contains("pages rendered 1, reused \(rendered - 1), files written 2, linked \(files - 2), in the output folder after "),
                "\(second)")
    }

    /// Saves in a row: each build prepares while the one before may still be writing, writes stay in order, and
    /// the output ends as the last build left it, with one line per build and, once the replaced sites are removed,
    /// nothing beside it.
    @Test func savesInARowEndWithTheLastBuildWrittenAndOneLineEach() async throws {
        let (folder, content, options) = try Self.smallSite("overlap")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = URL(fileURLWithPath: options.outputDirectory)
        let lines = Lines()
        let configuration = ServeConfiguration(build: options, host: "127.0.0.1", port: 0, log: { lines.append($0) },
                                               logError: ServeConfiguration.silent)
        let server = PreviewServer(configuration)
        await server.rebuild(after: [])
        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        let original = try String(contentsOf: alpha, encoding: .utf8)
        let (changes, continuation) = AsyncStream<[String]>.makeStream()
        let loop = Task { await server.rebuildLoop(changes) }
        for edit in 1...4 {
            try (original + "\nSaved edit number \(edit).\n").write(to: alpha, atomically: true, encoding: .utf8)
            continuation.yield([alpha.path])
            try await Task.sleep(for: .milliseconds(20))
        }
        continuation.finish()
        await loop.value
        let page = try String(contentsOf: output.appendingPathComponent("alpha.html"), encoding: .utf8)
        #expect(page.contains("Saved edit number 4."))
        #expect(!page.contains("Saved edit number 3."))
        let built = lines.all.filter { $0.contains("built in") }
        #expect(built.count == 5, "\(lines.all)")
        // A preview removes each replaced site in the background, after it has answered: wait for that.
        var left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for _ in 0..<100 where left != ["content", "output"] {
            try await Task.sleep(for: .milliseconds(50))
            left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        }
        #expect(left == ["content", "output"], "\(left)")
        let snapshot = await server.state.snapshot
        #expect(snapshot.failure == nil)
        #expect(String(decoding: snapshot.files["alpha.html"] ?? [], as: UTF8.self).contains("Saved edit number 4."))
    }
}
