import Foundation

/// The bytes handed to the output's writers and not yet on disk, bounded: a page waits to be queued while the
/// backlog is full, so a disk slower than the render (creating files on an ext4 that steps over recently deleted
/// inodes) costs time, not memory. At 10,000 pages such a disk held 80 MB of rendered pages in the queue.
final class WriteBacklog: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending = 0
    /// The most bytes queued at once; a larger file waits until the queue is empty and then goes alone.
    let limit: Int

    init(limit: Int = 16 << 20) {
        self.limit = limit
    }

    /// Waits until `count` more bytes fit, then counts them as queued.
    func admit(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        while pending > 0 && pending + count > limit { condition.wait() }
        pending += count
    }

    /// `count` bytes admitted earlier are written (or given up on).
    func release(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        pending -= count
        condition.broadcast()
    }

    /// The bytes queued now, for tests.
    var queuedBytes: Int {
        condition.lock()
        defer { condition.unlock() }
        return pending
    }
}
