import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs async work from a synchronous command until it ends or Ctrl-C cancels it; a second Ctrl-C exits at once.
public enum InterruptibleRun {
    /// What the work ended with, and how many interrupts arrived, shared with the signal handler.
    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var storedError: (any Error)?
        private var interrupts = 0

        var error: (any Error)? {
            lock.withLock { storedError }
        }

        func fail(_ error: any Error) {
            lock.withLock { storedError = error }
        }

        /// Counts an interrupt and returns how many there have been.
        func interrupt() -> Int {
            lock.withLock {
                interrupts += 1
                return interrupts
            }
        }
    }

    /// Blocks the calling thread while `work` runs. SIGINT or SIGTERM cancels it; if it has not ended
    /// `grace` later, or on a second signal, the process exits with status 130.
    public static func run(grace: Double = 3, _ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do { try await work() } catch { outcome.fail(error) }
            done.signal()
        }
        let queue = DispatchQueue(label: "almanac.signals")
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if outcome.interrupt() > 1 { _exit(130) }
                task.cancel()
                queue.asyncAfter(deadline: .now() + grace) { _exit(130) }
            }
            source.resume()
            return source
        }
        done.wait()
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        if let error = outcome.error { throw error }
    }
}
