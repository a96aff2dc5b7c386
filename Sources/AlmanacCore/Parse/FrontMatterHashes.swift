import Foundation

/// Each theme and page file's front-matter hash from a preview's last build, reused while the file's text is the
/// same (the same storage, when it was not read again): finding 2,000 front matters means comparing 16 MB of
/// bodies against their files' ends.
final class FrontMatterHashes: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String: (text: String, hash: Int)] = [:]

    func hashes(of files: [SourceFile], make: (SourceFile) -> Int) -> [Int] {
        let found = lock.withLock { files.map { kept[$0.path] } }
        var made: [String: (text: String, hash: Int)] = [:]
        let hashes = zip(files, found).map { file, found in
            if let found, UTF8Hash.same(found.text, file.text) {
                // A copy of the same bytes read again is kept instead, so the next build finds it at once by its storage.
                if !UTF8Hash.sharesStorage(found.text, file.text) { made[file.path] = (file.text, found.hash) }
                return found.hash
            }
            let hash = make(file)
            made[file.path] = (file.text, hash)
            return hash
        }
        lock.withLock { kept.merge(made) { _, new in new } }
        return hashes
    }

    /// The text kept for `path`, for tests.
    func keptText(_ path: String) -> String? { lock.withLock { kept[path]?.text } }
}
