import Dispatch

/// One piece of a build started on another core while the caller goes on with work that does not need it, so a
/// short stage that would leave a core idle (compiling the templates during the parse) costs no wall time.
///
/// The work runs on a global queue, not inside `DispatchQueue.concurrentPerform`: a `Parallel.map` the caller runs
/// meanwhile keeps its full width (libdispatch gives an apply nested in an apply no extra threads).
final class BackgroundWork<Value>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `finished`, read only after waiting for it.
    private var result: Value?
    private var taken = false

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.finished.signal()
        }
    }

    /// Waits for the work and gives its value; called once, by the thread that started it.
    func value() -> Value {
        precondition(!taken, "a background value is taken once")
        taken = true
        finished.wait()
        defer { result = nil }
        return result!
    }
}
