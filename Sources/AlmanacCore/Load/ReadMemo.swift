import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text files a preview's last build read, reused while each file's inode, size and modification time are
/// the same: reading and decoding 2,000 theme files again was a tenth of a one-page save's rebuild.
///
/// File times are coarse (a few milliseconds on ext4), so two saves of the same size within one tick could look
/// alike; like git's "racy" index entries, a file written less than `settle` seconds before it was read is never
/// reused, and so is read again until it has been left alone that long.
public final class ReadMemo: @unchecked Sendable {
    static let settle: Int64 = 2

    private let lock = NSLock()
    private var files: [String: (identity: FileIdentity, file: SourceFile)] = [:]
    /// Files reused since the preview started, for tests.
    private(set) var reused = 0
    /// Of those, the files reused without asking the file system, for tests.
    private(set) var vouchedFor = 0
    /// The folders a watcher that sees every change watches, as the watcher names them and as the build does.
    private var watched: [(watcher: String, build: String)]?
    /// Paths the watcher reported since the last load started (as the build names them).
    private var reported: Set<String> = []

    public init() {}

    /// From now on a load vouches for a kept file under `roots` that the watcher did not report, instead of
    /// looking at it (`fstatat` on 2,000 theme files was a sixth of a one-page save's rebuild). Only for a watcher
    /// that reports every change to a file in a folder it watches, new folders included (inotify); `roots` pairs
    /// each folder as the watcher names its paths with the same folder as the build names it.
    public func vouch(watching roots: [(watcher: String, build: String)]) {
        let roots = roots.map { root in
            (watcher: root.watcher, build: root.build.count > 1 && root.build.hasSuffix("/") ? String(root.build.dropLast()) : root.build)
        }
        lock.withLock { watched = roots }
    }

    /// Paths the watcher saw change (or folders it saw appear, vanish or overflow), as it names them: the next
    /// load forgets what it kept of each, and of everything under a reported folder.
    public func expect(changes paths: [String]) {
        lock.withLock {
            guard let watched else { return }
            for path in paths {
                // Files outside the watched folders are never vouched for, so their paths need not be kept.
                for root in watched where path == root.watcher || path.hasPrefix(root.watcher + "/") {
                    reported.insert(root.build + path.dropFirst(root.watcher.count))
                }
            }
        }
    }

    /// Called once as a load starts. What was kept of a reported file is forgotten now, not when the file is read
    /// again: a load that does not read it (it became too large, or a folder went missing) leaves nothing behind
    /// to vouch for later.
    func startLoad() {
        lock.withLock {
            guard !reported.isEmpty else { return }
            let few = reported.count <= 16 ? reported.map { Array($0.utf8) + [UInt8(ascii: "/")] } : nil
            let forgotten = files.keys.filter { Self.isReported($0, among: few, in: reported) }
            for path in forgotten { files[path] = nil }
            reported.removeAll()
        }
    }

    /// Each kept file the watcher vouches for: under a watched folder, and kept since it was last reported (see
    /// `startLoad`). nil where the file must be looked at.
    func vouchedFiles(at paths: [String]) -> [(identity: FileIdentity, file: SourceFile)?] {
        lock.withLock {
            guard let watched else { return paths.map { _ in nil } }
            let folders = watched.map { Array(($0.build + "/").utf8) }
            return paths.map { path in
                guard let kept = files[path], folders.contains(where: { ByteSearch.hasPrefix(path, $0) }) else { return nil }
                reused += 1
                vouchedFor += 1
                return kept
            }
        }
    }

    /// Whether `path` or a folder above it was reported: compared with each reported path (`few`, each with a "/" after
    /// it) when there are few
    /// (a save reports one or two), else each folder above it looked up.
    private static func isReported(_ path: String, among few: [[UInt8]]?, in changed: Set<String>) -> Bool {
        if let few {
            // Each reported path with a "/" after it: the path itself, or anything below it.
            return few.contains { folder in
                ByteSearch.hasPrefix(path, folder)
                    || (path.utf8.count == folder.count - 1 && ByteSearch.hasPrefix(path + "/", folder))
            }
        }
        var candidate = Substring(path)
        while true {
            if changed.contains(String(candidate)) { return true }
            guard let slash = candidate.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
            candidate = candidate[..<slash]
        }
    }

    /// The files as read before, each when it has not changed since (`identities` are the paths' now), under one
    /// lock (taken once per file from two cores, it was mostly waited for).
    func files(at paths: [String], identities: [FileIdentity?]) -> [SourceFile?] {
        lock.withLock {
            zip(paths, identities).map { path, identity in
                guard let identity, let kept = files[path], identity == kept.identity else { return nil }
                reused += 1
                return kept.file
            }
        }
    }

    /// Keeps files just read, under one lock; each identity is from before reading it.
    func keep(_ read: [(file: SourceFile, path: String, identity: FileIdentity?)]) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        lock.withLock {
            for (file, path, identity) in read {
                guard let identity, Int64(now.tv_sec) - identity.modified >= Self.settle else {
                    files[path] = nil
                    continue
                }
                files[path] = (identity, file)
            }
        }
    }
}
