/// Every content input but the Markdown bodies of themes and free pages, hashed: what a preview compares to know
/// that only bodies changed since its last build, so the cross-file checks (which never read a body) and the
/// pages whose body is unchanged come out as before.
enum ContentKey {
    /// `kept`: a preview's front-matter hashes of the last build, by file, reused for a file whose text is the same.
    static func value(content: ContentFiles, report: ParsedReport, kept: FrontMatterHashes? = nil) -> Int {
        var hasher = Hasher()
        for file in [content.report, content.model, content.figures, content.wording] {
            hasher.combine(file?.path)
            UTF8Hash.combine(file?.text, into: &hasher)
        }
        for path in content.data.keys.sorted() {
            hasher.combine(path)
            UTF8Hash.combine(content.data[path]?.text, into: &hasher)
        }
        hasher.combine(content.unreadable.sorted())
        let files = content.themes + content.pages
        var bodies: [String: Substring]?
        var lookups = 0
        // A preview's save hashes the one or two files it changed: each body is found by a walk through the
        // report's; a first build hashes every file, through a dictionary made once (the dictionary of 2,000
        // bodies made for one file was a tenth of a save's parse stage).
        let body = { (path: String) -> Substring? in
            lookups += 1
            if bodies == nil, lookups <= 8 {
                return report.themes.first { $0.body.path == path }?.body.slice
                    ?? report.pages.first { $0.body.path == path }?.body.slice
            }
            let found = bodies ?? Dictionary((report.themes.map(\.body) + report.pages.map(\.body)).map { ($0.path, $0.slice) },
                                             uniquingKeysWith: { first, _ in first })
            bodies = found
            return found[path]
        }
        let frontHash = { (file: SourceFile) -> Int in
            // Only the front matter: the body is the page's own key. A file whose body cannot be told apart is
            // hashed whole, so a change to it renders every page again (correct, only slower).
            // Compared and hashed as bytes: `String.hasSuffix` walks Characters from the end and `String` hashes
            // its normalised form (together most of a 2,000-page rebuild).
            var hasher = Hasher()
            if let body = body(file.path), let front = UTF8Hash.prefix(of: file.text, before: body) {
                UTF8Hash.combine(front, into: &hasher)
            } else {
                UTF8Hash.combine(file.text, into: &hasher)
            }
            return hasher.finalize()
        }
        let hashes = kept?.hashes(of: files, make: frontHash) ?? files.map(frontHash)
        for (file, hash) in zip(files, hashes) {
            hasher.combine(file.path)
            hasher.combine(hash)
        }
        for image in content.images {
            hasher.combine(image.relativePath)
            UTF8Hash.combine(bytes: image.bytes, into: &hasher)
        }
        return hasher.finalize()
    }
}
