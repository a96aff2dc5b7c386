import Foundation
import Testing
@testable import AlmanacCore

/// The bound on bytes waiting for the output's writers: rendering waits for a slow disk instead of piling pages up.
@Suite struct WriteBacklogTests {
    @Test func aFileWaitsWhileTheBacklogIsFull() {
        let backlog = WriteBacklog(limit: 100)
        backlog.admit(60)
        backlog.admit(40)
        #expect(backlog.queuedBytes == 100)
        let admitted = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            backlog.admit(10)
            admitted.signal()
        }
        #expect(admitted.wait(timeout: .now() + 0.2) == .timedOut, "101 bytes do not fit in 100")
        backlog.release(60)
        #expect(admitted.wait(timeout: .now() + 10) == .success)
        #expect(backlog.queuedBytes == 50)
    }

    @Test func aFileLargerThanTheLimitGoesAloneOnceTheQueueIsEmpty() {
        let backlog = WriteBacklog(limit: 100)
        backlog.admit(500)
        #expect(backlog.queuedBytes == 500, "an empty queue takes any file")
        let admitted = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            backlog.admit(1)
            admitted.signal()
        }
        #expect(admitted.wait(timeout: .now() + 0.2) == .timedOut)
        backlog.release(500)
        #expect(admitted.wait(timeout: .now() + 10) == .success)
    }

    @Test func aBuildLeavesNothingQueued() throws {
        let work = try TestSupport.temporaryFolder("almanac-backlog")
        let options = TestSupport.options(content: TestSupport.smallSite.path, output: work.appendingPathComponent("output").path)
        var diagnostics = Diagnostics()
        let staged = try #require(StagedOutput.begin(options, diagnostics: &diagnostics))
        for index in 0..<200 {
            staged.add(RenderedFile(path: "page-\(index).html", bytes: Array(repeating: UInt8(ascii: "x"), count: 1_000)))
        }
        staged.commit(diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(staged.backlog.queuedBytes == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("output").path).count == 201)
    }
}
