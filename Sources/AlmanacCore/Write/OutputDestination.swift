import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a build may put its site: the output folder as the user named it and as it really is on disk
/// (a symlinked output folder is followed, so the link stays a link), checked before anything is created or deleted.
struct OutputDestination {
    /// The folder the site replaces: absolute, symlinks resolved.
    let folder: URL
    /// The folder as the user wrote it, for messages.
    let display: String

    /// Checks the user's output path; on refusal, reports why and returns nil. Nothing on disk changes here.
    static func resolve(_ options: BuildOptions, diagnostics: inout Diagnostics) -> OutputDestination? {
        let given = options.outputDirectory
        let hint = "pass --output DIR naming a folder of its own, such as output"
        guard !given.trimmingCharacters(in: .whitespaces).isEmpty else {
            diagnostics.error("no output folder was given (--output is empty); nothing was deleted", at: nil, hint: hint)
            return nil
        }
        let folder = URL(fileURLWithPath: given).standardizedFileURL.resolvingSymlinksInPath()
        let path = folder.path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            diagnostics.error("output path \(given) is a file, not a folder", at: nil, hint: hint)
            return nil
        }
        if let reason = rootLikeReason(path) {
            diagnostics.error("refusing to use \(given) as the output folder: it is \(reason); nothing was deleted",
                              at: nil, hint: hint)
            return nil
        }
        for (label, protected) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let other = URL(fileURLWithPath: protected).standardizedFileURL.resolvingSymlinksInPath().path
            if path == other || other.hasPrefix(path + "/") || path.hasPrefix(other + "/") {
                diagnostics.error("output folder \(given) overlaps the \(label) folder \(protected); nothing was deleted",
                                  at: nil, hint: "choose an output folder outside \(protected)")
                return nil
            }
        }
        if exists, isMountPoint(path) {
            diagnostics.error("output folder \(given) is a mount point, which cannot be replaced in one step; nothing was deleted",
                              at: nil, hint: "pass --output naming a folder inside it, such as \(given)/site")
            return nil
        }
        return OutputDestination(folder: folder, display: given)
    }

    /// Folders no site may replace: the file system root, the home folder or one holding it, the working folder
    /// or one holding it.
    static func rootLikeReason(_ path: String, home: String? = homeFolder()) -> String? {
        if path == "/" { return "the root of the file system" }
        if let home {
            if home == path { return "your home folder" }
            if home.hasPrefix(path + "/") { return "a folder that holds your home folder" }
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
            .resolvingSymlinksInPath().path
        if current == path { return "the current folder" }
        if current.hasPrefix(path + "/") { return "a folder that holds the current folder" }
        return nil
    }

    /// `HOME`, or the user database's home folder when `HOME` is unset or empty; resolved.
    static func homeFolder() -> String? {
        var home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        if home.isEmpty, let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            home = String(cString: directory)
        }
        guard !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A folder on another device than its parent (or its own parent, like `/`) is a mount point: rename cannot move it.
    static func isMountPoint(_ path: String) -> Bool {
        var own = stat(), parent = stat()
        guard stat(path, &own) == 0,
              stat((path as NSString).deletingLastPathComponent, &parent) == 0 else { return false }
        return own.st_dev != parent.st_dev || own.st_ino == parent.st_ino
    }
}
