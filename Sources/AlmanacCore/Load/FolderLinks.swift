import Foundation

/// Whether the folders below a root are symbolic links, each looked up once per load: a preview that reuses an
/// unchanged file still checks that no folder on its path became a link, and 2,000 theme files share one folder.
final class FolderLinks: @unchecked Sendable {
    private let root: String
    private let lock = NSLock()
    private var isLink: [Substring: Bool] = [:]

    init(root: String) {
        self.root = root
    }

    /// Whether the folder (relative to the root), or any folder above it, is a link or `..`.
    func anyLink(on folder: Substring) -> Bool {
        for component in folder.split(separator: "/") {
            if component == ".." { return true }
            let folder = folder[..<component.endIndex]
            if let known = lock.withLock({ isLink[folder] }) {
                if known { return true }
                continue
            }
            var status = stat()
            let link = lstat(root + "/" + folder, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
            lock.withLock { isLink[folder] = link }
            if link { return true }
        }
        return false
    }
}
