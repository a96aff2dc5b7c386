#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder inside the staging folder where one of the output's writers creates top-level files (all but its first
/// few), renaming each into place once written: the create, which on some file systems takes most of a build's time,
/// then holds only this folder's lock (see `StagedOutput`).
struct SideFolder {
    /// How many files a writer creates in the staging folder itself before it turns to its side folder. So few
    /// creates do not keep each other waiting, and a side folder costs a `mkdir` and an `rmdir` on every build (on a
    /// file system mounted with `discard` and no journal, as this project's machines are, each `rmdir` waits for a
    /// discard sent to the disk): the default report's 23 files are written without them.
    static let filesBeforeSideFolder = 32
    let path: String
    private var created = false
    private var written = 0

    init(path: String) {
        self.path = path
    }

    /// Writes `file` (a safe top-level name) here and renames it into `staging` (or, for the writer's first files,
    /// straight into `staging`); why it could not, or nil.
    mutating func write(_ file: RenderedFile, into staging: String) -> String? {
        written += 1
        if written <= Self.filesBeforeSideFolder { return FileBytes.write(file.bytes, to: staging + "/" + file.path) }
        if !created {
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { return String(cString: strerror(errno)) }
            created = true
        }
        let beside = path + "/" + file.path
        if let failure = FileBytes.write(file.bytes, to: beside) { return failure }
        guard rename(beside, staging + "/" + file.path) == 0 else { return "\(file.path): \(String(cString: strerror(errno)))" }
        return nil
    }
}
