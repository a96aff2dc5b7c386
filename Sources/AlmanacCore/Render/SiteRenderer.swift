/// The render stage: Markdown to HTML, view models through templates, figures to open data.
public enum SiteRenderer {
    public static func render(_ report: ParsedReport, figures: FigureTable, templates files: TemplateFiles,
                              options: BuildOptions, diagnostics: inout Diagnostics) -> [RenderedFile] {
        guard let templates = TemplateSet(files, diagnostics: &diagnostics) else { return [] }
        let model = ReportViewModel(report: report, figures: figures, options: options)
        var rendered: [RenderedFile] = []
        var document = PrintDocument(slugs: report.pages.map(\.slug) + report.themes.map(\.slug) + ["figures", "accessibility"])
        /// Renders a page to its own file and its article, with the same value, into the print version.
        func emit(_ path: String, _ template: String, _ value: TemplateValue,
                  article: String? = nil, slug: String = "", title: String = "", isTheme: Bool = false) {
            if let html = templates.render(template, value, diagnostics: &diagnostics) {
                rendered.append(RenderedFile(path: path, text: html))
            }
            if let article, let html = templates.render(article, value, diagnostics: &diagnostics) {
                document.append(slug: slug, title: title, articleHTML: html, isTheme: isTheme)
            }
        }
        var quoteProblems = Diagnostics()
        let quote: MarkdownRenderer.QuoteRenderer = { body, attribution in
            let value = TemplateValue.object(["body_html": .html(body), "attribution": .text(attribution)])
            return templates.render("quote", value, diagnostics: &quoteProblems) ?? ""
        }
        emit("index.html", "index", model.index())
        for page in report.pages {
            let html = markdown(page.body, figures: figures, themeSlug: nil, quote: quote, diagnostics: &diagnostics)
            emit(ReportViewModel.url(forSlug: page.slug), "page", model.page(page, bodyHTML: html),
                 article: "page-article", slug: page.slug, title: page.title)
        }
        for (index, theme) in report.themes.enumerated() {
            let html = markdown(theme.body, figures: figures, themeSlug: theme.slug, quote: quote, diagnostics: &diagnostics)
            emit(ReportViewModel.url(forSlug: theme.slug), "theme", model.theme(theme, bodyHTML: html, index: index),
                 article: "theme-article", slug: theme.slug, title: theme.title, isTheme: true)
        }
        emit("figures.html", "figures", model.figuresPage(), article: "figures-article", slug: "figures", title: "About the figures")
        emit("accessibility.html", "accessibility", model.accessibility(),
             article: "accessibility-article", slug: "accessibility", title: "Accessibility statement")
        diagnostics.append(contentsOf: quoteProblems.all)
        rendered.append(RenderedFile(path: "data/figures.json", text: FigureExport.json(figures)))
        rendered.append(RenderedFile(path: "data/figures.csv", text: FigureExport.csv(figures)))
        for asset in files.assets {
            rendered.append(RenderedFile(path: "assets/" + asset.relativePath, bytes: asset.bytes))
        }
        emit("print.html", "print", model.printVersion(document, generated: Set(rendered.map(\.path) + ["print.html"])))
        return rendered
    }

    private static func markdown(_ source: MarkdownSource, figures: FigureTable, themeSlug: String?,
                                 quote: MarkdownRenderer.QuoteRenderer, diagnostics: inout Diagnostics) -> String {
        let text = FigureReferences.substitute(in: source, figures: figures, themeSlug: themeSlug, diagnostics: &diagnostics)
        let output = MarkdownRenderer.render(text, quote: quote)
        for problem in output.problems {
            let location = SourceLocation(path: source.path, line: source.firstLine + problem.line - 1, column: problem.column)
            if problem.message.hasPrefix("raw HTML") {
                diagnostics.warning(problem.message, at: location)
            } else {
                diagnostics.error(problem.message, at: location)
            }
        }
        return output.html
    }
}
