import Foundation

/// How many connections the request gate is relaying, shared by its accept loop and the relay tasks, so that a
/// flood of connections past `RequestHeadCheck.openConnectionLimit` is closed instead of relayed.
final class OpenConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Counts one more connection if there is room under `limit`; false when there is none.
    func enter(limit: Int) -> Bool {
        lock.withLock {
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        lock.withLock { count -= 1 }
    }
}
