#if canImport(Glibc)
import Foundation
import Glibc

/// Linux inotify on every folder below the roots; new folders are watched as they appear.
struct InotifySource: ChangeSource {
    static let mask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE
        | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
    /// inotify's fixed header: wd, mask, cookie, len.
    static let headerSize = 16

    let fd: Int32
    let stopFD: Int32
    let roots: [String]
    /// Watch descriptor to the folder it watches.
    var folders: [Int32: String] = [:]

    /// Nil when inotify is unavailable (no kernel support, or the instance limit is reached).
    init?(roots: [String], stopFD: Int32) {
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.stopFD = stopFD
        self.roots = roots.map(DirectoryWatcher.reportedPath)
        watchAll()
    }

    var allRootsWatched: Bool {
        let watched = Set(folders.values)
        return roots.allSatisfy(watched.contains)
    }

    mutating func next(timeout: Int32) -> [String]? {
        let missing = !allRootsWatched
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopFD, events: Int16(POLLIN), revents: 0)]
        let limit = missing && (timeout < 0 || timeout > 1000) ? 1000 : timeout
        let ready = poll(&fds, 2, limit)
        if ready < 0 && errno != EINTR { close(fd); return nil }
        if fds[1].revents != 0 { close(fd); return nil }
        if missing {
            watchAll()
            if allRootsWatched { return roots }
        }
        return fds[0].revents != 0 ? readEvents() : []
    }

    /// Drains the queue; folder creations, moves and overflows trigger a re-walk so nothing goes unwatched.
    mutating func readEvents() -> [String] {
        var paths: [String] = []
        var rewalk = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + Self.headerSize <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + Self.headerSize)..<min(count, offset + Self.headerSize + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += Self.headerSize + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { rewalk = true; paths.append(contentsOf: roots); continue }
                if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil; continue }
                guard let folder = folders[wd] else { continue }
                paths.append(name.isEmpty ? folder : folder + "/" + name)
                if mask & UInt32(IN_ISDIR) != 0 || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { rewalk = true }
            }
        }
        if rewalk { watchAll() }
        return paths
    }

    mutating func watchAll() {
        for root in roots { watchTree(root, followLink: true) }
    }

    /// Adds a watch on a folder and, recursively, on each sub-folder that is not hidden and not a symlink.
    mutating func watchTree(_ folder: String, followLink: Bool) {
        let flags = Self.mask | (followLink ? 0 : UInt32(IN_DONT_FOLLOW))
        let wd = inotify_add_watch(fd, folder, flags)
        guard wd >= 0 else { return }
        folders[wd] = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !ChangeClassifier.skipsFolder(named: name) {
            let child = folder + "/" + name
            var info = stat()
            if lstat(child, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                watchTree(child, followLink: false)
            }
        }
    }
}
#endif
