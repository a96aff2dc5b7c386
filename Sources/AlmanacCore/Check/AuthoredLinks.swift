/// The links authors wrote in Markdown, by the page showing them, so a broken link is reported where it was written.
struct AuthoredLinks {
    /// A link as the author wrote it and where.
    struct Place {
        /// The destination as written in the Markdown (before the renderer escapes it).
        let url: String
        /// The link's first character in the Markdown file.
        let location: SourceLocation
    }

    private let report: ParsedReport
    /// The Markdown bodies each page shows: a theme or free page its own, the print edition all of them. Gathered
    /// when the first broken link is placed: a check that finds none (every preview save, mostly) never needs them.
    private var bodies: [String: [MarkdownSource]]?
    /// The links of each body read so far, by the body's file path and then by decoded URL (in document order):
    /// Markdown is re-read only to place a broken link, and each body once, so placing stays linear.
    private var read: [String: [String: [Place]]] = [:]

    init(_ report: ParsedReport) {
        self.report = report
    }

    private static func bodies(of report: ParsedReport) -> [String: [MarkdownSource]] {
        var bodies: [String: [MarkdownSource]] = [:]
        for theme in report.themes { bodies["\(theme.slug).html"] = [theme.body] }
        for page in report.pages { bodies["\(page.slug).html"] = [page.body] }
        bodies[PrintDocument.address] = report.pages.map(\.body) + report.themes.map(\.body)
        return bodies
    }

    /// Every place an author wrote `url`, read from the page at `path` (entity-decoded), in a body that page shows.
    /// Percent escapes are compared decoded: the Markdown renderer writes `my page.html` as `my%20page.html`.
    mutating func places(of url: String, on path: String) -> [Place] {
        let bodies = self.bodies ?? Self.bodies(of: report)
        self.bodies = bodies
        guard let sources = bodies[path] else { return [] }
        let wanted = url.removingPercentEscapes
        return sources.flatMap { source in links(in: source)[wanted] ?? [] }
    }

    private mutating func links(in source: MarkdownSource) -> [String: [Place]] {
        if let known = read[source.path] { return known }
        let output = MarkdownRenderer.render(source.text, quote: { _, _ in "" })
        // cmark counts columns in bytes; diagnostics count characters (Unicode scalars), as everywhere else.
        var columns = ScalarColumnIndex(source.text)
        var places: [String: [Place]] = [:]
        for link in output.links {
            let column = columns.column(line: link.line, byteColumn: link.column) ?? link.column
            let place = Place(url: link.url,
                              location: SourceLocation(path: source.path, line: source.firstLine + link.line - 1, column: column))
            places[link.url.removingPercentEscapes, default: []].append(place)
        }
        read[source.path] = places
        return places
    }
}
