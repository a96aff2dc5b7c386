#if canImport(Darwin)
import Darwin
import Foundation

/// macOS kqueue: a vnode watch on every folder and file below the roots wakes the watcher, and the polling source's
/// lstat snapshot then says which paths changed, so new, renamed, replaced and deleted files are all named.
/// (kqueue reports a folder's entries changing but not a write into a file inside it, hence a watch per file.)
struct KqueueSource: ChangeSource {
    static let vnodeEvents = UInt32(NOTE_WRITE | NOTE_EXTEND | NOTE_ATTRIB | NOTE_DELETE | NOTE_RENAME | NOTE_LINK | NOTE_REVOKE)
    /// How often to re-scan while some paths are not watched (over the descriptor budget, or not openable).
    static let pollingInterval: Int32 = 200

    let queue: Int32
    let stopFD: Int32
    /// At most half the open-file limit (256 by default on macOS), so the server keeps descriptors for its connections.
    let watchBudget: Int
    /// Takes and compares the snapshots; its own `next` is not used.
    var snapshot: PollingSource
    /// The `O_EVTONLY` descriptor watching each path.
    var watched: [String: Int32] = [:]

    /// Nil when kqueue is unavailable.
    init?(roots: [String], stopFD: Int32) {
        let queue = kqueue()
        guard queue >= 0 else { return nil }
        var stop = kevent(ident: UInt(stopFD), filter: Int16(EVFILT_READ), flags: UInt16(EV_ADD), fflags: 0, data: 0, udata: nil)
        guard kevent(queue, &stop, 1, nil, 0, nil) == 0 else {
            close(queue)
            return nil
        }
        var limit = rlimit()
        let openFiles = getrlimit(RLIMIT_NOFILE, &limit) == 0 ? Int(clamping: limit.rlim_cur) : 256
        self.queue = queue
        self.stopFD = stopFD
        watchBudget = min(openFiles, 1 << 20) / 2
        snapshot = PollingSource(roots: roots, stopFD: stopFD)
        updateWatches(changed: [])
    }

    var everyPathWatched: Bool {
        watched.count == snapshot.previous.count
    }

    mutating func next(timeout: Int32) -> [String]? {
        var limit = timeout
        if !everyPathWatched { limit = timeout < 0 ? Self.pollingInterval : min(timeout, Self.pollingInterval) }
        var events = [kevent](repeating: kevent(), count: 64)
        var wait = timespec(tv_sec: Int(limit / 1000), tv_nsec: Int(limit % 1000) * 1_000_000)
        let count = limit < 0 ? kevent(queue, nil, 0, &events, Int32(events.count), nil)
                              : kevent(queue, nil, 0, &events, Int32(events.count), &wait)
        if count < 0 && errno != EINTR { stopWatching(); return nil }
        if events.prefix(Int(max(count, 0))).contains(where: { $0.filter == Int16(EVFILT_READ) }) { stopWatching(); return nil }
        if count <= 0 && everyPathWatched { return [] }
        let changed = snapshot.changes()
        updateWatches(changed: changed)
        return changed
    }

    /// Drops the watch of each changed path (a replaced file is a new inode) and watches every path not yet watched.
    mutating func updateWatches(changed: [String]) {
        for path in changed {
            if let descriptor = watched.removeValue(forKey: path) { close(descriptor) }
        }
        for path in snapshot.previous.keys where watched[path] == nil && watched.count < watchBudget {
            if let descriptor = Self.watch(path, in: queue) { watched[path] = descriptor }
        }
    }

    /// Opens a path for events only (non-blocking, so a FIFO cannot stall the watcher) and adds it to the queue.
    static func watch(_ path: String, in queue: Int32) -> Int32? {
        let descriptor = open(path, O_EVTONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var change = kevent(ident: UInt(descriptor), filter: Int16(EVFILT_VNODE), flags: UInt16(EV_ADD | EV_CLEAR),
                            fflags: vnodeEvents, data: 0, udata: nil)
        guard kevent(queue, &change, 1, nil, 0, nil) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Closing a descriptor also removes its kqueue registration.
    mutating func stopWatching() {
        for descriptor in watched.values { close(descriptor) }
        watched.removeAll()
        close(queue)
    }
}
#endif
