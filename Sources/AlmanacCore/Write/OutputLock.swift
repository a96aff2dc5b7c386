import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (`flock`) on the output folder itself, held from the first staged file to the swap,
/// so two builds (or a build beside `almanac serve`) never write into, or clean up, each other's folders.
///
/// Locking the folder rather than a lock file beside it creates no file per build: creating and deleting one
/// next to the output on every build made ext4 (without a journal) slower to create the next build's pages.
/// The holder also locks its staging folder, so the folder it swaps in under the output's name is locked from
/// the start; a waiter that then gets the lock on the old folder notices (the name no longer leads to its folder)
/// and tries again. The kernel drops a killed process's locks.
final class OutputLock {
    private let path: String
    private let descriptor: Int32
    private var stagingDescriptor: Int32 = -1
    /// True when this build created the (empty) output folder in order to lock it.
    private let createdFolder: Bool

    private init(path: String, descriptor: Int32, createdFolder: Bool) {
        self.path = path
        self.descriptor = descriptor
        self.createdFolder = createdFolder
    }

    /// Takes the lock, creating the output folder empty if it does not exist, and waiting up to `timeout`
    /// while another build holds it.
    static func acquire(for output: URL, timeout: Duration) -> Result<OutputLock, OutputLockError> {
        let path = output.path
        let deadline = ContinuousClock.now + timeout
        while true {
            let created = mkdir(path, 0o755) == 0
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { return .failure(.cannotOpen(path, String(cString: strerror(errno)))) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                if stillNamesItsFolder(descriptor, path: path) {
                    return .success(OutputLock(path: path, descriptor: descriptor, createdFolder: created))
                }
                close(descriptor)
                continue
            }
            let failure = errno
            close(descriptor)
            if failure != EWOULDBLOCK { return .failure(.cannotOpen(path, String(cString: strerror(failure)))) }
            guard ContinuousClock.now < deadline else { return .failure(.heldByAnotherBuild) }
            usleep(50_000)
        }
    }

    /// Unlocks. After a build that wrote nothing, the output folder this build created for the lock is removed
    /// again (only while empty), so a failed first build leaves no trace.
    func release(wroteOutput: Bool) {
        if !wroteOutput && createdFolder { rmdir(path) }
        close(descriptor)
        if stagingDescriptor >= 0 { close(stagingDescriptor) }
    }

    /// Locks the new, still private staging folder too: once it is swapped in, a waiting build finds the
    /// output's name leading to a folder that is still locked until this build has finished with it.
    func alsoLock(staging: URL) -> Bool {
        let descriptor = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return false
        }
        stagingDescriptor = descriptor
        return true
    }

    private static func stillNamesItsFolder(_ descriptor: Int32, path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0
            && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }
}

/// Why the output lock could not be taken.
enum OutputLockError: Error {
    case heldByAnotherBuild
    case cannotOpen(String, String)
}
