@testable import AlmanacCore
import Dispatch
import Foundation
import Testing

/// A build's leftovers are freed on another thread once the build lets go of them, never while it still runs.
@Suite struct LeftoversTests {
    /// Records the thread it is freed on.
    final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let thread: UnsafeMutablePointer<pthread_t?>

        init(freed: DispatchSemaphore, thread: UnsafeMutablePointer<pthread_t?>) {
            self.freed = freed
            self.thread = thread
        }

        deinit {
            thread.pointee = pthread_self()
            freed.signal()
        }
    }

    @Test func keptValuesAreFreedOnAnotherThreadAfterLetGo() {
        let freed = DispatchSemaphore(value: 0)
        let thread = UnsafeMutablePointer<pthread_t?>.allocate(capacity: 1)
        defer { thread.deallocate() }
        // Many times: the other thread may run before letGo() returns, and must still be the one that frees.
        for round in 0..<300 {
            thread.initialize(to: nil)
            let leftovers = Leftovers()
            do {
                let tracked = Tracked(freed: freed, thread: thread)
                leftovers.keep([tracked])
            }
            if round == 0 {
                // Kept: not freed while the build holds its leftovers.
                #expect(freed.wait(timeout: .now() + .milliseconds(50)) == .timedOut)
            }
            leftovers.letGo()
            #expect(freed.wait(timeout: .now() + .seconds(10)) == .success)
            #expect(thread.pointee.map { pthread_equal($0, pthread_self()) == 0 } == true, "round \(round)")
        }
    }

    @Test func aBuildHandsItsLeftoversOnAndStillWritesTheSite() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), keepFiles: false)
        #expect(result.wroteOutput)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print.html").path))
    }
}
