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

    public init() {}

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
