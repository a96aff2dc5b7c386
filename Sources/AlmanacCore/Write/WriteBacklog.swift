import Foundation

/// How many bytes are queued for the disk but not yet written: pages render faster than a busy disk takes them,
/// and without a bound every page of a large site would wait in memory (a 10,000-page build's peak grew by the
/// ~60 MB the writer fell behind). A file is let in once the queue is below the bound, or when it is empty.
final class WriteBacklog: @unchecked Sendable {
    private let condition = NSCondition()
    private let limit: Int
    private var pending = 0

    init(limit: Int = 16 << 20) {
        self.limit = limit
    }

    /// Waits until `bytes` more fit, then counts them in; called by the threads rendering pages.
    func admit(_ bytes: Int) {
        condition.lock()
        while pending > 0 && pending + bytes > limit { condition.wait() }
        pending += bytes
        condition.unlock()
    }

    /// Counts out what a writer has finished with.
    func done(_ bytes: Int) {
        condition.lock()
        pending -= bytes
        condition.broadcast()
        condition.unlock()
    }
}
