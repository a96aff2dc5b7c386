import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (`flock`) on a file beside the output folder, held from the first staged file to the swap,
/// so two builds (or a build beside `almanac serve`) never write into, or clean up, each other's folders.
///
/// The lock file is removed by its holder before unlocking; a waiter that then gets the lock on the removed
/// file notices (the path no longer names its file) and tries again. The kernel drops the lock of a killed process.
final class OutputLock {
    private let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The lock file's path for an output folder: `.NAME.almanac-lock` beside it.
    static func path(for output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent("." + output.lastPathComponent + ".almanac-lock").path
    }

    /// Takes the lock, waiting up to `timeout` while another process holds it.
    /// Fails with the holder's process id when it can read one.
    static func acquire(for output: URL, timeout: Duration) -> Result<OutputLock, OutputLockError> {
        let path = path(for: output)
        let deadline = ContinuousClock.now + timeout
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { return .failure(.cannotOpen(path, String(cString: strerror(errno)))) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                if stillNamesItsFile(descriptor, path: path) {
                    let lock = OutputLock(path: path, descriptor: descriptor)
                    lock.recordHolder()
                    return .success(lock)
                }
                close(descriptor)
                continue
            }
            if errno != EWOULDBLOCK {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                return .failure(.cannotOpen(path, reason))
            }
            let holder = readHolder(descriptor)
            close(descriptor)
            guard ContinuousClock.now < deadline else { return .failure(.heldByAnotherBuild(holder)) }
            usleep(50_000)
        }
    }

    /// Removes the lock file, then unlocks: the next builder creates a fresh one.
    func release() {
        unlink(path)
        close(descriptor)
    }

    private static func stillNamesItsFile(_ descriptor: Int32, path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0
            && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    private func recordHolder() {
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private static func readHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Why the output lock could not be taken.
enum OutputLockError: Error {
    case heldByAnotherBuild(Int32?)
    case cannotOpen(String, String)
}
