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
    }

    @Test func aBodyEditRendersOnePageAndTheLineSaysSo() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-timings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: LiveServerTests.repository.appendingPathComponent("Tests/AlmanacCoreTests/Fixtures/sites/small/content"),
                                         to: content)
        let options = BuildOptions(contentDirectory: content.path,
                                   templatesDirectory: LiveServerTests.repository.appendingPathComponent("templates").path,
                                   outputDirectory: folder.appendingPathComponent("output").path)
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
}
