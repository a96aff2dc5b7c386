import Foundation

/// Reads files under one root folder safely: size caps, strict decoding, no symlinks leading outside.
struct FileSystemReader {
    /// The folder as given by the user, used in diagnostics.
    let displayRoot: String
    /// The folder, resolved to an absolute path without symlinks.
    let resolvedRoot: String

    /// A preview's record of the files read by its last build.
    var memo: ReadMemo?
    /// The folders checked for links while reusing files from `memo`.
    private let folderLinks: FolderLinks
    private let listings = FolderListings()

    init(root: String, memo: ReadMemo? = nil) {
        self.memo = memo
        displayRoot = root
        folderLinks = FolderLinks(root: root.hasSuffix("/") ? String(root.dropLast()) : root)
        resolvedRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().standardizedFileURL.path
    }

    func displayPath(_ relativePath: String) -> String {
        Self.joined(displayRoot, relativePath)
    }

    /// `folder/name` (no second "/" after a folder that ends in one), its bytes copied once: a preview's load names
    /// 2,000 files twice a save, and `+` (or `append` after `reserveCapacity`) took 900–1,600 instructions a path.
    static func joined(_ folder: String, _ name: String) -> String {
        var (folder, name) = (folder, name)
        return folder.withUTF8 { first in
            name.withUTF8 { second in
                let slash = first.last == UInt8(ascii: "/") ? 0 : 1
                return String(unsafeUninitializedCapacity: first.count + slash + second.count) { buffer in
                    var end = buffer.initialize(fromContentsOf: first)
                    if slash == 1 { buffer[end] = UInt8(ascii: "/"); end += 1 }
                    return buffer[end...].initialize(fromContentsOf: second)
                }
            }
        }
    }

    var rootExists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: displayRoot, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: displayPath(relativePath))
    }

    /// The one rule for hidden names: a file or folder whose name starts with a dot is never read or published.
    static func isHidden(_ name: some StringProtocol) -> Bool { name.hasPrefix(".") }

    /// Files (anything but folders; `readBytes` refuses what is not a regular file) directly inside a sub-folder
    /// with the extension, sorted by name; hidden ones are left out, and those that look like content are
    /// named in `skipped` (editors' lock files `.#name` excepted) so that authors learn why a file is missing.
    func files(in folder: String, withExtension ext: String) -> (paths: [String], skipped: [String]) {
        files(in: folder, withExtensions: [ext])
    }

    /// The same for any of several extensions, reading the folder once.
    func files(in folder: String, withExtensions extensions: [String]) -> (paths: [String], skipped: [String]) {
        let path = folder.isEmpty ? displayRoot : displayPath(folder)
        guard let names = listings.names(at: path) else { return ([], []) }
        let relative = { (name: String) in folder.isEmpty ? name : Self.joined(folder, name) }
        // Compared as bytes: `String.hasSuffix` walks Characters, a millisecond per 2,000 names and extension.
        let suffixes = extensions.map { Array(("." + $0).utf8) }
        let matching = names.filter { name in suffixes.contains { ByteSearch.hasSuffix(name, $0) } }.sorted()
        return (matching.filter { !Self.isHidden($0) }.map(relative),
                matching.filter { Self.isHidden($0) && !$0.hasPrefix(".#") }.map(relative))
    }

    /// Every file below a sub-folder, recursively, sorted; hidden files and everything in hidden folders are left out.
    func allFiles(below folder: String) -> [String] {
        let base = displayPath(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory)
            if Self.isHidden((item as NSString).lastPathComponent) {
                if isDirectory.boolValue { enumerator.skipDescendants() }
                continue
            }
            if exists, !isDirectory.boolValue {
                found.append(folder + "/" + item)
            }
        }
        return found.sorted()
    }

    /// Checks that a path, with symlinks followed, stays inside the root and does not lead to a hidden name there
    /// (a link is no way round the rule that dot-names are never read); the reason when it does not, else nil.
    func linkProblem(_ relativePath: String) -> String? {
        // Cheap path first: when no component below the root is a link, the file is inside.
        var partial = displayRoot
        var sawLink = false
        for component in relativePath.split(ascii: "/") {
            partial += "/" + component
            var status = stat()
            if lstat(partial, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK { sawLink = true; break }
        }
        if !sawLink { return relativePath.split(separator: "/").contains("..") ? "leading outside \(displayRoot)" : nil }
        let resolved = URL(fileURLWithPath: displayPath(relativePath)).resolvingSymlinksInPath().standardizedFileURL.path
        guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") else { return "leading outside \(displayRoot)" }
        if resolved.dropFirst(resolvedRoot.count).split(separator: "/").contains(where: Self.isHidden) {
            return "leading to a hidden name"
        }
        return nil
    }

    /// Reads a regular file (or a symlink to one inside the root) of at most `limit` bytes. The file is opened
    /// without blocking and checked with `fstat` before any read, so a FIFO, socket or device never stalls a build.
    func readBytes(_ relativePath: String, limit: Int, tooLarge: String = "split it into smaller files") -> Result<[UInt8], Diagnostic> {
        let path = displayPath(relativePath)
        if let problem = linkProblem(relativePath) {
            return .failure(.error("file is a symbolic link \(problem)", at: .file(path),
                                   hint: "copy the file into the folder instead of linking to it"))
        }
        // Plain POSIX reads: FileManager's attributes and contents were a tenth of a 1,000-page build.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            return .failure(.error("cannot read file: \(String(cString: strerror(errno)))", at: .file(path)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.error("cannot read file", at: .file(path))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return .failure(.error("\(Self.kind(of: status.st_mode)) is not a regular file; only regular files are read",
                                   at: .file(path), hint: "replace it with an ordinary file, or remove it"))
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            return .failure(.error("file is \(size) bytes, over the limit of \(limit) bytes", at: .file(path), hint: tooLarge))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, size - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            offset += count
        }
        guard offset == size else { return .failure(.error("cannot read file", at: .file(path))) }
        return .success(bytes)
    }

    /// A located error when `relativePath` exists but is not a folder (a file or a FIFO where `themes/` belongs),
    /// so authors are told that instead of "missing" or "unknown" errors that follow from it.
    func notAFolder(_ relativePath: String) -> Diagnostic? {
        var status = stat()
        guard stat(displayPath(relativePath), &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        let kind = (status.st_mode & S_IFMT) == S_IFREG ? "a file" : Self.kind(of: status.st_mode)
        return .error("\(relativePath)/ should be a folder, but it is \(kind)", at: .file(displayPath(relativePath)),
                      hint: "replace it with a folder")
    }

    /// What a non-regular file is, in words.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFDIR: return "a folder"
        default: return "this entry"
        }
    }

    /// `readText` for many files, read on every core; a preview's memo is asked and told about them all at once.
    /// A file unchanged since the preview's last build, which read it within the limit, is the same text; a link
    /// to it (in its place, where `fstatat` does not follow it, or on its folder's path) or a limit now lower is
    /// found by reading as usual.
    func readTexts(_ relativePaths: [String], limit: Int, tooLarge: String) -> [Result<SourceFile, Diagnostic>] {
        guard let memo else { return Parallel.map(relativePaths) { readText($0, limit: limit, tooLarge: tooLarge) } }
        let paths = relativePaths.map(displayPath)
        // Files a watcher vouches for need no look; the others are looked at, and reused when they are the same.
        let vouched = memo.vouchedFiles(at: paths)
        var identities = vouched.map { $0?.identity }
        let unvouched = vouched.indices.filter { vouched[$0] == nil }
        // Each folder once: whether it is reached through a link, and an open handle to look its files up by name.
        let folders = relativePaths.map(ByteSearch.folder(of:))
        var handles: [Substring: Int32] = [:]
        for folder in Set(unvouched.map { folders[$0] }) where !folderLinks.anyLink(on: folder) {
            let handle = open(folder.isEmpty ? displayRoot : displayPath(String(folder)), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if handle >= 0 { handles[folder] = handle }
        }
        defer { handles.values.forEach { _ = close($0) } }
        let found = handles
        let looked = Parallel.map(unvouched) { index -> FileIdentity? in
            let (path, folder) = (relativePaths[index], folders[index])
            let name = folder.isEmpty ? path : String(path[path.utf8.index(after: folder.endIndex)...])
            return found[folder].flatMap { FileIdentity(name: name, inFolder: $0) }
        }
        for (index, identity) in zip(unvouched, looked) { identities[index] = identity }
        let kept = memo.files(at: unvouched.map { paths[$0] }, identities: looked)
        var results: [Result<SourceFile, Diagnostic>?] = vouched.map { $0.map { .success($0.file) } }
        for (index, kept) in zip(unvouched, kept) {
            guard let kept, let identity = identities[index], identity.size <= limit else { continue }
            results[index] = .success(kept)
        }
        let missing = results.indices.filter { results[$0] == nil }
        let read = Parallel.map(missing) { readFile(relativePaths[$0], limit: limit, tooLarge: tooLarge) }
        var fresh: [(file: SourceFile, path: String, identity: FileIdentity?)] = []
        for (index, result) in zip(missing, read) {
            results[index] = result
            if case .success(let file) = result { fresh.append((file, paths[index], identities[index])) }
        }
        memo.keep(fresh)
        return results.map { $0! }
    }

    /// A preview's memo is asked through `readTexts`, its one way in.
    func readText(_ relativePath: String, limit: Int, tooLarge: String = "split it into smaller files") -> Result<SourceFile, Diagnostic> {
        if memo != nil { return readTexts([relativePath], limit: limit, tooLarge: tooLarge)[0] }
        return readFile(relativePath, limit: limit, tooLarge: tooLarge)
    }

    /// Reads and decodes the file, never from the memo.
    private func readFile(_ relativePath: String, limit: Int, tooLarge: String) -> Result<SourceFile, Diagnostic> {
        let path = displayPath(relativePath)
        return readBytes(relativePath, limit: limit, tooLarge: tooLarge).flatMap { bytes in
            TextDecoder.decode(bytes, path: path).map { SourceFile(path: path, relativePath: relativePath, text: $0) }
        }
    }
}
