import Foundation

/// The paths a watcher reported and no build has taken yet; shared by the watch thread and the builds.
final class ChangeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func add(_ reported: [String]) {
        guard !reported.isEmpty else { return }
        lock.withLock { paths.formUnion(reported) }
    }

    func take() -> [String] {
        lock.withLock {
            defer { paths.removeAll() }
            return Array(paths)
        }
    }
}
