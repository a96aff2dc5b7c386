import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fallback watcher where inotify and kqueue are missing or refused: compares an lstat snapshot of every file below the roots.
struct PollingSource: ChangeSource {
    /// What lstat says about one path; any difference counts as a change.
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
        var mode: UInt32
    }

    let roots: [String]
    let stopFD: Int32
    let interval: Int32
    var previous: [String: Stamp]

    init(roots: [String], stopFD: Int32, interval: Int32 = 200) {
        self.roots = roots.map(DirectoryWatcher.reportedPath)
        self.stopFD = stopFD
        self.interval = interval
        previous = [:]
        previous = scan()
    }

    mutating func next(timeout: Int32) -> [String]? {
        var stop = [pollfd(fd: stopFD, events: Int16(POLLIN), revents: 0)]
        _ = poll(&stop, 1, timeout < 0 ? interval : min(timeout, interval))
        if stop[0].revents != 0 { return nil }
        return changes()
    }

    /// Takes a new snapshot and returns the paths whose stamp differs from the last one (new and deleted ones too).
    mutating func changes() -> [String] {
        let current = scan()
        let changed = Set(current.keys).union(previous.keys).filter { current[$0] != previous[$0] }
        previous = current
        return changed.sorted()
    }

    /// Every path below the roots (hidden ones skipped), with its stamp; symlinked folders are not entered.
    func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        var folders = roots
        while let folder = folders.popLast() {
            guard let stamp = Self.stamp(folder) else { continue }
            stamps[folder] = stamp
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !ChangeClassifier.skipsFolder(named: name) {
                let path = folder + "/" + name
                guard let child = Self.stamp(path) else { continue }
                if child.mode & UInt32(S_IFMT) == UInt32(S_IFDIR) {
                    folders.append(path)
                } else {
                    stamps[path] = child
                }
            }
        }
        return stamps
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int64(info.st_size),
                     inode: UInt64(info.st_ino), mode: UInt32(info.st_mode))
    }
}
