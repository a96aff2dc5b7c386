/// One kind of page the site has (cover, free page, theme, figures, accessibility statement): each lists its pages
/// and builds their values, so adding a kind of page adds a type, not a case to every switch.
protocol PageKind: Sendable {
    /// The pages of this kind, in reading order.
    func plans(_ model: ReportViewModel) -> [PagePlan]
}

/// A page before rendering: its address, the templates that render it and how its value is built.
struct PagePlan: Sendable {
    var slug: String
    var title: String
    /// The page template, e.g. `theme`.
    var template: String
    /// The partial rendered again for the print version (`theme-article`), or nil when the page is not printed.
    var article: String?
    var isTheme: Bool = false
    /// The page's Markdown body, if it has one: with the site key, all a preview compares to reuse the page.
    var body: Substring?
    /// Builds the value templates see; Markdown bodies are rendered through `markdown`.
    var value: @Sendable (ReportViewModel, inout PageMarkdown) -> TemplateValue

    var address: String { ReportViewModel.url(forSlug: slug) }
}

/// Renders a page's Markdown with its figures and quotes, keeping the problems found for the page's diagnostics.
struct PageMarkdown {
    let figures: FigureTable
    let strings: ReportStrings
    let quote: MarkdownRenderer.QuoteRenderer
    var diagnostics = Diagnostics()
    /// Whether the prose shows a figure worked out from illustrative records (it is written with the † mark, and
    /// the page then explains the mark).
    var showsIllustrative = false

    mutating func html(_ source: MarkdownSource, themeSlug: String?) -> String {
        // The body as a text of its own, copied once here: every step below reads it whole.
        let source = MarkdownSource(text: source.text, path: source.path, firstLine: source.firstLine)
        let (strings, figures) = (self.strings, self.figures)
        var marked = false
        let format: (Figure) -> String = { figure in
            guard figure.illustrative else { return strings.value(figure) }
            marked = true
            return strings.value(figure) + strings.text("provenance.mark")
        }
        let tableLines = MarkdownRenderer.tableBodyLines(in: source.text)
        var substituted = FigureReferences.substitute(in: source, figures: figures, themeSlug: themeSlug, format: format,
                                                      verbatimLines: tableLines, diagnostics: &diagnostics)
        // Table cells: their references were checked (and reported) where they stand, so this pass reports nothing.
        var checked = Diagnostics()
        let tables = MarkdownRenderer.Tables(tableID: { "table-\(Self.idStem(source.path))-\($0)" }, cellText: { cell in
            guard ByteSearch.contains("{{", in: cell) else { return cell }
            let cellSource = MarkdownSource(text: cell, path: source.path, firstLine: 1)
            return FigureReferences.substitute(in: cellSource, figures: figures, themeSlug: themeSlug, format: format,
                                               diagnostics: &checked).text
        })
        let output = MarkdownRenderer.render(substituted.text, quote: quote, tables: tables)
        showsIllustrative = showsIllustrative || marked
        for warning in output.warnings {
            let column = substituted.originalColumn(line: warning.line, byteColumn: warning.column, in: source)
            diagnostics.warning(warning.message, at: SourceLocation(path: source.path, line: source.firstLine + warning.line - 1, column: column))
        }
        for problem in output.problems {
            let column = substituted.originalColumn(line: problem.line, byteColumn: problem.column, in: source)
            let location = SourceLocation(path: source.path, line: source.firstLine + problem.line - 1, column: column)
            if problem.message.hasPrefix("raw HTML") {
                diagnostics.warning(problem.message, at: location)
            } else {
                diagnostics.error(problem.message, at: location)
            }
        }
        return output.html
    }

    /// `pages-introduction` for `…/pages/introduction.md`: table ids stay unique on the print page, which holds every body.
    static func idStem(_ path: String) -> String {
        let name = path.split(separator: "/").suffix(2).joined(separator: "-")
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return String(stem.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
