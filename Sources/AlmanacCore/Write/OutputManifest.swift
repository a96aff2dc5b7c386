import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The list of files Almanac wrote into an output folder, kept in the folder itself, so that a later build
/// replaces the folder only when everything in it is Almanac's: a user's `notes.txt` or `.git` is never deleted.
enum OutputManifest {
    static let fileName = ".almanac-manifest"
    static let header = "almanac output manifest 1: every file below was written by almanac build; the folder is replaced on each build"

    /// The manifest's text for a set of written paths, sorted so that builds stay byte-identical.
    static func text(for paths: [String]) -> String {
        ([header] + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The entries in `folder` that no manifest names, at most `limit` of them, sorted: files, and folders (written
    /// `name/`) that hold no file the manifest names, even empty ones; nil when the folder does not exist.
    /// An empty folder has none; a folder without a manifest owns everything in it.
    static func unownedFiles(in folder: String, limit: Int = 5) -> [String]? {
        var status = stat()
        guard lstat(folder, &status) == 0 else { return nil }
        let owned = Set(manifestPaths(in: folder))
        var ownedFolders: Set<Substring> = []
        for path in owned {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                ownedFolders.insert(path[..<slash])
                end = slash
            }
        }
        var unowned: [String] = []
        walk(folder, relative: "", enters: { ownedFolders.contains(Substring($0)) }) { path in
            if path != fileName && !owned.contains(path) { unowned.append(path) }
            return unowned.count < limit
        }
        return unowned.sorted()
    }

    private static func manifestPaths(in folder: String) -> [String] {
        // Read like any input: a FIFO or a link leading elsewhere under the manifest's name claims nothing.
        guard case .success(let bytes) = FileSystemReader(root: folder).readBytes(fileName, limit: 64 * 1024 * 1024),
              let text = String(validating: bytes, as: UTF8.self) else { return [] }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == header else { return [] }
        return Array(lines.dropFirst())
    }

    /// Visits every non-folder entry below `folder` (symlinks are not followed), and every sub-folder that `enters`
    /// refuses as `name/` instead of its contents; stops when `visit` returns false.
    @discardableResult
    private static func walk(_ folder: String, relative: String, enters: (String) -> Bool, visit: (String) -> Bool) -> Bool {
        guard let directory = opendir(folder) else { return visit(relative.isEmpty ? "." : relative + "/") }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let keepGoing: Bool
            if isFolder(entry.pointee.d_type, at: folder + "/" + name) {
                keepGoing = enters(path) ? walk(folder + "/" + name, relative: path, enters: enters, visit: visit) : visit(path + "/")
            } else {
                keepGoing = visit(path)
            }
            if !keepGoing { return false }
        }
        return true
    }

    /// The entry's type as `readdir` gave it; `lstat` only where the file system did not say.
    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
