import Foundation
import Testing
@testable import AlmanacCore

/// Builds sharing one output folder: they take turns, never remove a running build's staging folder, and a swap
/// that has put the new site in place is reported as done even when the old site cannot be removed.
@Suite struct OutputLockTests {
    @Test func aSecondBuildFailsWhileTheLockIsHeldAndWritesNothing() throws {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let held = try OutputLock.acquire(for: output, timeout: .zero).get()
        var options = TestSupport.options(content: content.path, output: output.path)
        options.outputLockTimeout = .milliseconds(200)
        let result = BuildPipeline.run(options)
        #expect(!result.wroteOutput)
        #expect(result.diagnostics.map(\.message).contains("another build is writing \(output.path); waited 0.2 s for it"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty, "the waiting build wrote nothing")
        held.release(wroteOutput: false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["content"],
                "the folder made only to be locked goes with its lock, and no lock file is left")
        #expect(BuildPipeline.run(options).wroteOutput, "the lock is free again once released")
    }

    @Test func aFailedFirstBuildLeavesNoOutputFolder() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        // A broken link is found after rendering, once the output folder has been locked and staging has begun.
        let page = content.appendingPathComponent("pages/introduction.md")
        try TestSupport.write(try String(contentsOf: page, encoding: .utf8) + "\n[Missing](nowhere.html)\n", to: page)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        #expect(result.diagnostics.contains { $0.message.hasPrefix("broken link \"nowhere.html\"") })
        #expect(!result.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func concurrentBuildsTakeTurnsAndBothSucceed() async throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
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
        let (work, content, output) = try TestSupport.smallSiteCopy()
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

    @Test func onlyNamesAlmanacGivesStagingFoldersCountAsStaging() throws {
        #expect(OutputWriter.stagingOwner("4194305") == 4194305)
        #expect(OutputWriter.stagingOwner("4194305-1a2b3c4d") == 4194305)
        #expect(OutputWriter.stagingOwner("4194305-1a2b.old") == 4194305)
        for name in ["4194305-my-backup", "4194305-", "-1a2b", "4194305-XYZ", "4194305-123456789", "x4194305", ""] {
            #expect(OutputWriter.stagingOwner(name) == nil, "\(name)")
        }
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let backup = work.appendingPathComponent(".output.almanac-tmp-4194305-my-backup")
        try TestSupport.write("keep", to: backup.appendingPathComponent("notes.txt"))
        #expect(BuildPipeline.run(TestSupport.options(content: content.path, output: output.path)).wroteOutput)
        #expect(FileManager.default.fileExists(atPath: backup.appendingPathComponent("notes.txt").path))
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
