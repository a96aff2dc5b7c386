@testable import AlmanacServe
import Foundation
import Testing

/// The watcher, with inotify (kqueue on macOS) and with the lstat poller: one batch per burst, editor scratch files left out.
@Suite struct DirectoryWatcherTests {
    @Test(arguments: [false, true])
    func reportsRelevantChangesOnly(forcePolling: Bool) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try DirectoryWatcher(roots: [root.path], quiet: .milliseconds(100), forcePolling: forcePolling)
        #if os(Linux)
        let native = "inotify"
        #else
        let native = "kqueue"
        #endif
        #expect(watcher.mechanism == (forcePolling ? "polling" : native))
        try await Task.sleep(for: .milliseconds(50))

        try Data("swap".utf8).write(to: root.appendingPathComponent("themes/.01-alpha.md.swp"))
        try Data("probe".utf8).write(to: root.appendingPathComponent("themes/4913"))
        try Data("backup".utf8).write(to: root.appendingPathComponent("themes/01-alpha.md~"))
        try Data("# Alpha".utf8).write(to: root.appendingPathComponent("themes/01-alpha.md"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pages"), withIntermediateDirectories: true)

        var iterator = watcher.changes.makeAsyncIterator()
        let batch = try #require(await iterator.next())
        #expect(batch.contains(root.standardizedFileURL.path + "/themes/01-alpha.md"))
        #expect(!batch.contains { $0.hasSuffix(".swp") || $0.hasSuffix("4913") || $0.hasSuffix("~") })
        // A build takes every path reported, scratch files too, once; a poll never vouches for unreported files.
        let taken = watcher.takeChanges()
        #expect(taken.contains(root.standardizedFileURL.path + "/themes/01-alpha.md"))
        #expect(taken.contains { $0.hasSuffix("4913") })
        #expect(watcher.takeChanges().isEmpty)
        #expect(watcher.reportsEveryChange == (!forcePolling && native == "inotify"))
        #expect(watcher.watchedRoots == [root.standardizedFileURL.path])

        try await Task.sleep(for: .milliseconds(50))
        try Data("# Intro".utf8).write(to: root.appendingPathComponent("pages/introduction.md"))
        let second = try #require(await iterator.next())
        #expect(second.contains(root.standardizedFileURL.path + "/pages/introduction.md"), "new folders are watched too")

        watcher.stop()
        #expect(await iterator.next() == nil)
    }
}
