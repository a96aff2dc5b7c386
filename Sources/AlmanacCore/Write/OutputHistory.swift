import Foundation

/// What the last committed build of a preview put in the output folder, so the next build can hard-link each file
/// that comes out byte for byte the same instead of writing it again: at 2,000 pages most of a rebuild's writing
/// (58 MB) is files a one-page save did not change. A link shares the file with the output being replaced, which
/// is then removed, so the new output still appears at once and whole.
public final class OutputHistory: @unchecked Sendable {
    /// A file as written: its bytes, and the inode and modification time it got (another build writing the same
    /// output in the meantime gives every file new ones; linking and unlinking change neither).
    struct Entry {
        let bytes: [UInt8]
        let identity: FileIdentity
    }

    private let lock = NSLock()
    private var files: [String: Entry] = [:]
    /// Files linked and written by the last build, for the preview's log and for tests.
    public private(set) var linked = 0
    public private(set) var written = 0

    public init() {}

    /// Whether the output holds `file` as the last committed build wrote it: the same bytes, and the file on disk
    /// still the one written then (a file someone changed or replaced since is written again).
    func holds(_ file: RenderedFile, in output: String) -> Bool {
        // Arrays compare by identity first: a page reused from the render cache costs nothing here.
        guard let entry = lock.withLock({ files[file.path] }), entry.bytes.hasSameBytes(as: file.bytes) else { return false }
        return FileIdentity(path: output + "/" + file.path) == entry.identity
    }

    func count(linked didLink: Bool) {
        lock.withLock { if didLink { linked += 1 } else { written += 1 } }
    }

    func begin() { lock.withLock { (linked, written) = (0, 0) } }

    /// The files the output now holds, once a build has swapped them in.
    func committed(_ files: [String: Entry]) {
        lock.withLock { self.files = files }
    }
}
