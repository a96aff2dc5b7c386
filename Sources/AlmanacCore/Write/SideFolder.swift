#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder inside the staging folder where one of the output's writers creates top-level files, renaming each into
/// place once written: the create, which on some file systems takes most of a build's time, then holds only this
/// folder's lock (see `StagedOutput`).
struct SideFolder {
    let path: String
    private var created = false

    init(path: String) {
        self.path = path
    }

    /// Writes `file` (a safe top-level name) here and renames it into `staging`; why it could not, or nil.
    mutating func write(_ file: RenderedFile, into staging: String) -> String? {
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
