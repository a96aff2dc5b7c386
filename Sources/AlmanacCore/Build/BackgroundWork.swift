import Dispatch
import Foundation

/// One piece of a build started on another core while the caller goes on with work that does not need it, so a
/// short stage that would leave a core idle (compiling the templates during the parse) costs no wall time.
///
/// The work runs on a global queue, not inside `DispatchQueue.concurrentPerform`: a `Parallel.map` the caller runs
/// meanwhile keeps its full width (libdispatch gives an apply nested in an apply no extra threads). Whichever thread
/// comes to it first runs it: the queue's, or the caller's when it needs the value (or has nothing else to do)
/// before the queue has started it, so work queued behind other background work never leaves the caller waiting.
/// On Linux it is queued at the default quality of service, the pool whose workers a command-line build's
/// `Parallel.map` gets: libdispatch keeps a pool of threads per quality of service there, and with one of its own a
/// build of the default report started eight threads on two cores; now five (see docs/performance.md). A preview's
/// builds run on user-initiated threads, so they use both pools, as before. Darwin's threads serve every quality of
/// service, so there it stays user-initiated, and a preview's build never waits on lower-priority work.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let claim = NSLock()
    /// The work until a thread takes it to run (guarded by `claim`).
    private var work: (@Sendable () -> Value)?
    /// Written once by the thread that ran the work, before it signals `finished`; read only after waiting for it.
    private var result: Value?
    private var taken = false

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        DispatchQueue.global(qos: Self.qualityOfService).async { self.runIfNotStarted() }
    }

    /// The quality of service the work is queued at (see above).
    static var qualityOfService: DispatchQoS.QoSClass {
        #if os(Linux)
        .default
        #else
        .userInitiated
        #endif
    }

    /// Runs the work on this thread unless a thread has taken it already; called by the caller (see `value()`) or
    /// the queue.
    func runIfNotStarted() {
        claim.lock()
        let work = self.work
        self.work = nil
        claim.unlock()
        guard let work else { return }
        result = work()
        finished.signal()
    }

    /// Waits for the work and gives its value, running it here if no thread has started it; called once, by the
    /// thread that started it.
    func value() -> Value {
        precondition(!taken, "a background value is taken once")
        taken = true
        runIfNotStarted()
        finished.wait()
        defer { result = nil }
        return result!
    }
}
