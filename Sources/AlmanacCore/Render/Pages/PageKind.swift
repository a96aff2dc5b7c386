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
        let strings = self.strings
        var marked = false
        var substituted = FigureReferences.substitute(in: source, figures: figures, themeSlug: themeSlug, format: { figure in
            guard figure.illustrative else { return strings.value(figure) }
            marked = true
            return strings.value(figure) + strings.text("provenance.mark")
        }, diagnostics: &diagnostics)
        showsIllustrative = showsIllustrative || marked
        let output = MarkdownRenderer.render(substituted.text, quote: quote)
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
}
