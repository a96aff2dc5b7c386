/// The render stage: Markdown to HTML, view models through templates, figures to open data.
public enum SiteRenderer {
    /// Returns every file of the site; `deliver` also receives each one as soon as it is ready (from any thread),
    /// so the write stage can work while the rest still renders.
    public static func render(_ report: ParsedReport, figures: FigureTable, templates files: TemplateFiles,
                              options: BuildOptions, diagnostics: inout Diagnostics,
                              deliver: @Sendable (RenderedFile) -> Void = { _ in }) -> [RenderedFile] {
        guard let templates = TemplateSet(files, diagnostics: &diagnostics),
              let strings = ReportStringsParser.parse(files, language: report.settings.language,
                                                      languageLocation: report.settings.languageLocation,
                                                      limits: options.limits, diagnostics: &diagnostics) else { return [] }
        return render(report, figures: figures, templates: templates, assets: files.assets, strings: strings, options: options,
                      diagnostics: &diagnostics, deliver: deliver)
    }

    /// Renders with templates already compiled and checked (`BuildPipeline` does so before opening the output).
    static func render(_ report: ParsedReport, figures: FigureTable, templates: TemplateSet, assets: [AssetFile],
                       strings: ReportStrings, options: BuildOptions, diagnostics: inout Diagnostics,
                       deliver: @Sendable (RenderedFile) -> Void = { _ in }) -> [RenderedFile] {
        let model = ReportViewModel(report: report, figures: figures, options: options, strings: strings)
        var rendered: [RenderedFile] = []
        var document = PrintDocument(slugs: report.pages.map(\.slug) + report.themes.map(\.slug) + ["figures", "accessibility"])
        // Every page but the print edition is independent: render them on every core (the biggest
        // first, so one core is not left with it at the end), then collect in report order.
        let jobs: [PageJob] = [.index, .export("data/figures.json"), .export("data/figures.csv")]
            + report.pages.map { PageJob.page($0) } + report.themes.enumerated().map { PageJob.theme($1, index: $0) }
            + [.figures, .accessibility]
        let outputs = Parallel.map(jobs) { job in
            let output = renderPage(job, model: model, figures: figures, templates: templates)
            if let file = output.file, output.diagnostics.allSatisfy({ $0.severity != .error }) { deliver(file) }
            return output
        }
        for output in outputs {
            diagnostics.append(contentsOf: output.diagnostics)
            if let file = output.file { rendered.append(file) }
            if let article = output.article {
                document.append(slug: article.slug, title: article.title, articleHTML: article.html, isTheme: article.isTheme)
            }
        }
        for asset in assets {
            let file = RenderedFile(path: "assets/" + asset.relativePath, bytes: asset.bytes)
            deliver(file)
            rendered.append(file)
        }
        let printValue = model.printVersion(document, generated: Set(rendered.map(\.path) + [PrintDocument.address]))
        if let html = templates.render("print", printValue, page: PrintDocument.address, diagnostics: &diagnostics) {
            let file = RenderedFile(path: PrintDocument.address, text: html)
            deliver(file)
            rendered.append(file)
        }
        return rendered
    }

    /// One page: Markdown with figures where it has a body, its own file and its article for the print version.
    private static func renderPage(_ job: PageJob, model: ReportViewModel, figures: FigureTable,
                                   templates: TemplateSet) -> PageOutput {
        var diagnostics = Diagnostics()
        var quoteProblems = Diagnostics()
        let quote: MarkdownRenderer.QuoteRenderer = { body, attribution in
            let value = TemplateValue.object(["body_html": .html(body), "attribution": .text(attribution)])
            return templates.render("quote", value, diagnostics: &quoteProblems) ?? ""
        }
        let value: TemplateValue, template: String, article: String, slug: String, title: String, isTheme: Bool
        switch job {
        case .page(let page):
            let html = markdown(page.body, figures: figures, themeSlug: nil, strings: model.strings, quote: quote, diagnostics: &diagnostics)
            (value, template, article) = (model.page(page, bodyHTML: html), "page", "page-article")
            (slug, title, isTheme) = (page.slug, page.title, false)
        case .theme(let theme, let index):
            let html = markdown(theme.body, figures: figures, themeSlug: theme.slug, strings: model.strings, quote: quote,
                                diagnostics: &diagnostics)
            (value, template, article) = (model.theme(theme, bodyHTML: html, index: index), "theme", "theme-article")
            (slug, title, isTheme) = (theme.slug, theme.title, true)
        case .index:
            (value, template, article) = (model.index(), "index", "")
            (slug, title, isTheme) = ("index", "", false)
        case .figures:
            (value, template, article) = (model.figuresPage(), "figures", "figures-article")
            (slug, title, isTheme) = ("figures", model.strings.text("nav.figures"), false)
        case .accessibility:
            (value, template, article) = (model.accessibility(), "accessibility", "accessibility-article")
            (slug, title, isTheme) = ("accessibility", model.strings.text("nav.accessibility_statement"), false)
        case .export(let path):
            let bytes = path.hasSuffix(".json") ? FigureExport.json(figures) : FigureExport.csv(figures)
            return PageOutput(file: RenderedFile(path: path, bytes: bytes))
        }
        var output = PageOutput()
        let page = ReportViewModel.url(forSlug: slug)
        if let html = templates.render(template, value, page: page, diagnostics: &diagnostics) {
            output.file = RenderedFile(path: ReportViewModel.url(forSlug: slug), text: html)
        }
        if !article.isEmpty, let html = templates.render(article, value, page: PrintDocument.address, diagnostics: &diagnostics) {
            output.article = (slug, title, html, isTheme)
        }
        output.diagnostics = diagnostics.all + quoteProblems.all
        return output
    }

    private static func markdown(_ source: MarkdownSource, figures: FigureTable, themeSlug: String?, strings: ReportStrings,
                                 quote: MarkdownRenderer.QuoteRenderer, diagnostics: inout Diagnostics) -> String {
        var substituted = FigureReferences.substitute(in: source, figures: figures, themeSlug: themeSlug, format: strings.formatted,
                                                      diagnostics: &diagnostics)
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

/// A page the render stage can produce on its own.
enum PageJob: Sendable {
    case page(FreePage)
    case theme(Theme, index: Int)
    case index, figures, accessibility
    /// `data/figures.json` or `data/figures.csv`.
    case export(String)
}

/// What rendering one page produced.
struct PageOutput: Sendable {
    var file: RenderedFile?
    var article: (slug: String, title: String, html: String, isTheme: Bool)?
    var diagnostics: [Diagnostic] = []
}
