/// The single-document print version: every page's article in order, under the report's one `h1`, linked within.
struct PrintDocument {
    /// One page of the report as it appears inside the print version.
    struct Section: Sendable {
        var slug: String
        var title: String
        /// The page's article with its headings demoted.
        var html: String
        var isTheme: Bool
        /// The ids in `html`, when already found (by the job that rendered the page, or a preview's memo).
        var ids: Set<String>? = nil
    }

    private(set) var sections: [Section] = []
    /// Addresses of the separate pages (`slug.html`) and the in-document anchor each one becomes.
    let anchors: [String: String]

    /// `slugs` are every page the document will hold; `index.html` becomes the cover.
    init(slugs: [String]) {
        var anchors = ["index.html": "#" + Self.coverAnchor]
        for slug in slugs { anchors[ReportViewModel.url(forSlug: slug)] = "#" + Self.anchor(forSlug: slug) }
        self.anchors = anchors
    }

    static let coverAnchor = "cover"

    /// The document's own address in the site.
    static let address = "print.html"

    static func anchor(forSlug slug: String) -> String { "page-\(slug)" }

    /// Adds a page's rendered article; a preview's `memo` demotes it again only when it changed.
    mutating func append(slug: String, title: String, articleHTML: String, isTheme: Bool, memo: PrintMemo? = nil) {
        let (html, ids) = memo.map { $0.article(slug, source: articleHTML) } ?? (Self.demoteHeadings(articleHTML), nil)
        sections.append(Section(slug: slug, title: title, html: html, isTheme: isTheme, ids: ids))
    }

    /// Adds a section made by `section(slug:title:articleHTML:isTheme:)`.
    mutating func append(_ section: Section) {
        sections.append(section)
    }

    /// A page's article as the document holds it, with its ids: made on the core that rendered the page, so only
    /// joining the sections is left for the end of the render stage.
    static func section(slug: String, title: String, articleHTML: String, isTheme: Bool) -> Section {
        let (html, ids) = demotedArticle(articleHTML)
        return Section(slug: slug, title: title, html: html, isTheme: isTheme, ids: ids)
    }

    /// A page's article with its headings demoted, and the ids in it: what the document holds of each page.
    static func demotedArticle(_ articleHTML: String) -> (html: String, ids: Set<String>) {
        let html = demoteHeadings(articleHTML)
        return (html, HTMLScanner(html: html).ids)
    }

    /// The sections with every link made to work inside one document; `generated` lists the site's files.
    /// A link to a page becomes its anchor (or the exact element, when it is in the document too); a link that
    /// leads nowhere loses its address here, as the build already reports it where the author wrote it.
    /// A preview's `memo` rewrites a section again only when it, the document's ids or the site's files changed.
    func relinkedSections(generated: Set<String>, memo: PrintMemo? = nil) -> [Section] {
        let make = { () -> (ids: Set<String>, key: Int) in
            var ids = Set(anchors.values.map { String($0.dropFirst()) })
            for section in sections { ids.formUnion(section.ids ?? HTMLScanner(html: section.html).ids) }
            var context = Hasher()
            if memo != nil {
                context.combine(ids)
                context.combine(generated)
                context.combine(anchors)
            }
            return (ids, context.finalize())
        }
        let (ids, contextKey) = memo?.documentIDs(slugs: sections.map(\.slug), generated: generated, make: make) ?? make()
        guard let memo else {
            // A build rewrites every section: on every core.
            return Parallel.map(sections) { section in
                var section = section
                section.html = relink(section.html, ids: ids, generated: generated)
                return section
            }
        }
        return sections.map { section in
            var section = section
            let rewrite = { relink(section.html, ids: ids, generated: generated) }
            section.html = memo.relinked(section.slug, demoted: section.html, context: contextKey, rewrite: rewrite)
            return section
        }
    }

    private func relink(_ html: String, ids: Set<String>, generated: Set<String>) -> String {
        Self.rewritingLinks(in: html) { url in
            let parts = url.split(ascii: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let fragment = parts.count == 2 ? parts[1] : nil
            if url.hasPrefix("//") || parts[0].utf8.contains(UInt8(ascii: ":")) { return url }
            // The file a link leads to, as the link checker reads it: `./alpha.html`, `a/../alpha.html`,
            // `alpha.html?v=1` and `my%20page.html` name generated files as much as the plain address does.
            let path = String(parts[0].split(ascii: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
            let target = path.isEmpty ? "" : LinkChecker.resolve(path, from: Self.address) ?? path
            // A link into this document (`print.html#…` too) keeps only a fragment that is in it.
            if target.isEmpty || (target == Self.address && fragment != nil) {
                guard let fragment, ids.contains(fragment) else { return nil }
                return "#" + fragment
            }
            if let anchor = anchors[target] {
                if let fragment, ids.contains(fragment) { return "#" + fragment }
                return anchor
            }
            return generated.contains(target) ? url : nil
        }
    }

    /// `<h1>`…`<h5>` become one level lower (`<h6>` stays): the print version has one `h1`, the report's title.
    /// Safe on generated HTML: text never contains a raw `<`, so every `<hN` is a tag.
    static func demoteHeadings(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var copied = 0, index = 0
            // The text between tags is copied whole: most of an article is runs without a `<`.
            while let found = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: index) {
                index = found + 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
                // `h` or `H`, a level 1–5, then `>` or a space: one level lower.
                guard index + 2 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "h"),
                      (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(bytes[index + 1]),
                      bytes[index + 2] == UInt8(ascii: ">") || bytes[index + 2] == UInt8(ascii: " ") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied ..< index]))
                out.append(UInt8(ascii: "h"))
                out.append(bytes[index + 1] + 1)
                index += 2
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Every `href` passed through `rewrite`, as the browser reads it (quoted either way or not, character references
    /// decoded); nil removes the attribute and leaves the link text. A changed address is written double-quoted and
    /// escaped once; an unchanged one stays as written.
    static func rewritingLinks(in html: String, _ rewrite: (String) -> String?) -> String {
        var html = html
        return html.withUTF8 { buffer in
            var out: [UInt8] = []
            var copied = 0
            HTMLTokenizer.forEachAttribute(in: buffer) { attribute in
                guard attribute.name == .href else { return }
                let replacement = rewrite(attribute.value)
                guard replacement != attribute.value else { return }
                if out.isEmpty { out.reserveCapacity(buffer.count + 64) }
                var end = attribute.range.lowerBound
                // Removing the attribute takes the space before it too.
                if replacement == nil, end > copied, HTMLTokenizer.isWhitespace(buffer[end - 1]) { end -= 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<end]))
                if let replacement { out.append(contentsOf: "href=\"\(HTMLEscaping.escape(replacement))\"".utf8) }
                copied = attribute.range.upperBound
            }
            guard copied > 0 else { return String(decoding: buffer, as: UTF8.self) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
