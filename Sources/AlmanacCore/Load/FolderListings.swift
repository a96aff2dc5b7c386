import Foundation

/// Each folder's names, listed once per load: the theme folder is asked for its Markdown files and again for its
/// images, and listing 2,000 names through Foundation takes a couple of milliseconds each time.
final class FolderListings: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String: [String]?] = [:]

    /// The names in the folder at `path` (nil when it cannot be listed), as first listed in this load.
    func names(at path: String) -> [String]? {
        if let known = lock.withLock({ names[path] }) { return known }
        let listed = try? FileManager.default.contentsOfDirectory(atPath: path)
        lock.withLock { names[path] = .some(listed) }
        return listed
    }
}
