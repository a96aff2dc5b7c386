/// The single-document print version: every page's article in order, under the report's one `h1`, linked within.
struct PrintDocument {
    /// One page of the report as it appears inside the print version.
    struct Section {
        var slug: String
        var title: String
        /// The page's article with its headings demoted.
        var html: String
        var isTheme: Bool
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

    static func anchor(forSlug slug: String) -> String { "page-\(slug)" }

    /// Adds a page's rendered article.
    mutating func append(slug: String, title: String, articleHTML: String, isTheme: Bool) {
        sections.append(Section(slug: slug, title: title, html: Self.demoteHeadings(articleHTML), isTheme: isTheme))
    }

    /// The sections with every link made to work inside one document; `generated` lists the site's files.
    /// A link to a page becomes its anchor (or the exact element, when it is in the document too); a link that
    /// leads nowhere loses its address here, as the build already reports it where the author wrote it.
    func relinkedSections(generated: Set<String>) -> [Section] {
        let ids = Set(sections.flatMap { HTMLScanner(bytes: Array($0.html.utf8)).ids })
        return sections.map { section in
            var section = section
            section.html = Self.rewritingLinks(in: section.html) { url in
                let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let fragment = parts.count == 2 ? parts[1] : nil
                if url.hasPrefix("//") || parts[0].contains(":") { return url }
                if parts[0].isEmpty { return fragment.map { ids.contains($0) } == true ? url : nil }
                if let anchor = anchors[parts[0]] {
                    if let fragment, ids.contains(fragment) { return "#" + fragment }
                    return anchor
                }
                return generated.contains(parts[0]) ? url : nil
            }
            return section
        }
    }

    /// `<h1>`…`<h5>` become one level lower (`<h6>` stays): the print version has one `h1`, the report's title.
    /// Safe on generated HTML: text never contains a raw `<`, so every `<hN` is a tag.
    static func demoteHeadings(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var scalars = html.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "<") {
            out.unicodeScalars.append(contentsOf: scalars[..<open])
            var rest = scalars[scalars.index(after: open)...]
            var tag = "<"
            if rest.first == "/" { tag += "/"; rest = rest.dropFirst() }
            if let h = rest.first, h == "h" || h == "H", let digit = rest.dropFirst().first,
               let level = Int(String(digit)), (1...5).contains(level),
               let after = rest.dropFirst(2).first, after == ">" || after == " " {
                out += tag + "h\(level + 1)"
                scalars = rest.dropFirst(2)
            } else {
                out += tag
                scalars = rest
            }
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// Every `href="…"` passed through `rewrite`; nil removes the attribute and leaves the link text.
    static func rewritingLinks(in html: String, _ rewrite: (String) -> String?) -> String {
        let marker = " href=\""
        var out = ""
        var rest = html[...]
        while let start = rest.utf8Range(of: marker), let end = rest[start.upperBound...].firstIndex(of: "\"") {
            out += rest[..<start.lowerBound]
            let url = String(rest[start.upperBound..<end]).replacingOccurrences(of: "&amp;", with: "&")
            if let replacement = rewrite(url) {
                out += marker + replacement.replacingOccurrences(of: "&", with: "&amp;") + "\""
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
