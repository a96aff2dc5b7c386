import Foundation
import Testing
@testable import AlmanacCore

/// Builds sharing one output folder: they take turns, never remove a running build's staging folder, and a swap
/// that has put the new site in place is reported as done even when the old site cannot be removed.
@Suite struct OutputLockTests {
    private func site() throws -> (work: URL, content: URL, output: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        return (work, content, work.appendingPathComponent("output"))
    }

    @Test func aSecondBuildFailsWhileTheLockIsHeldAndWritesNothing() throws {
        let (_, content, output) = try site()
        let held = try OutputLock.acquire(for: output, timeout: .zero).get()
        var options = TestSupport.options(content: content.path, output: output.path)
        options.outputLockTimeout = .milliseconds(200)
        let result = BuildPipeline.run(options)
        held.release()
        #expect(!result.wroteOutput)
        #expect(result.diagnostics.map(\.message)
            .contains("another build (process \(getpid())) is writing \(output.path); waited 0.2 s for it"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(BuildPipeline.run(options).wroteOutput, "the lock is free again once released")
        #expect(!FileManager.default.fileExists(atPath: OutputLock.path(for: output)), "the lock file goes with its holder")
    }

    @Test func concurrentBuildsTakeTurnsAndBothSucceed() async throws {
        let (_, content, output) = try site()
        let options = TestSupport.options(content: content.path, output: output.path)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 { group.addTask { BuildPipeline.run(options).wroteOutput } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [true, true, true, true])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        let strays = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(".") }
        #expect(strays.isEmpty, "\(strays)")
    }

    @Test func onlyStagingFoldersOfEndedProcessesAreRemoved() throws {
        let (work, content, output) = try site()
        // Process 1 always runs; 4,194,305 is above Linux's largest process id, so no such process exists.
        let running = work.appendingPathComponent(".output.almanac-tmp-1")
        let ended = work.appendingPathComponent(".output.almanac-tmp-4194305")
        for folder in [running, ended] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        #expect(BuildPipeline.run(TestSupport.options(content: content.path, output: output.path)).wroteOutput)
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(!FileManager.default.fileExists(atPath: ended.path))
    }

    @Test func aSwapWhoseOldSiteCannotBeRemovedReportsTheNewSiteInPlace() throws {
        let work = try TestSupport.temporaryFolder()
        let output = work.appendingPathComponent("output"), staging = work.appendingPathComponent(".output.almanac-tmp-1")
        try TestSupport.write("old", to: output.appendingPathComponent("index.html"))
        try TestSupport.write("new", to: staging.appendingPathComponent("index.html"))
        struct Immutable: Error {}
        let leftover = try OutputWriter.swapIn(staging, for: output, removeOld: { _ in throw Immutable() })
        #expect(leftover != nil)
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    }
}
