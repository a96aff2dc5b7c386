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
    /// With `keepBytes` false (a one-off build writing each file as it is delivered), the returned files keep their
    /// paths but not their bytes, so a 10,000-page site is not held in memory whole. `BuildPipeline` keeps them
    /// whenever a preview's caches would read them. What the render no longer needs goes to `leftovers`.
    static func render(_ report: ParsedReport, figures: FigureTable, templates: TemplateSet, assets: [AssetFile],
                       strings: ReportStrings, stringsShape: StringsTemplateValue.Shape? = nil, options: BuildOptions,
                       editions: EditionLinks? = nil, cache: RenderCache? = nil, keepBytes: Bool = true, leftovers: Leftovers? = nil,
                       diagnostics: inout Diagnostics, deliver: @Sendable (RenderedFile) -> Void = { _ in }) -> [RenderedFile] {
        let make = {
            ReportViewModel(report: report, figures: figures, options: options, strings: strings, editions: editions,
                            stringsShape: stringsShape)
        }
        let model = cache?.viewModel(report: report, make: make) ?? make()
        var rendered: [RenderedFile] = []
        let plans = pageKinds.flatMap { $0.plans(model) }
        let printed = plans.filter { $0.article != nil }
        var document = PrintDocument(slugs: printed.map(\.slug))
        // Every page but the print edition is independent: render them on every core (the pages of the whole report
        // and the exports, the biggest, first, so one core is not left with them at the end), then collect in report
        // order.
        let jobs: [PageJob] = [.page(plans[0]), .export("data/figures.json"), .export("data/figures.csv")]
            + plans.dropFirst().map(PageJob.page)
        let progress = options.progress
        let render = { @Sendable (job: PageJob) in renderPage(job, model: model, figures: figures, templates: templates) }
        let outputs: [PageOutput]
        var printFrame: BackgroundWork<PrintPage.BuiltFrame>?
        if let cache {
            // With a render cache (a preview), a page whose body and site are unchanged is taken from the last build.
            // The exports and the pages without a body depend on nothing the site key does not cover.
            outputs = cache.outputs(for: jobs.map { ($0.address, $0.body ?? "") }) { index, alongside in
                renderPage(jobs[index], model: model, figures: figures, templates: templates, alongside: alongside)
            }
            for (job, output) in zip(jobs, outputs) { Self.ready(job, output, pages: plans.count, progress: progress, deliver: deliver) }
        } else {
            // A build renders the print version's frame (all but the sections' HTML) on another core while the pages
            // render, leaving only the join for the end: rendering it whole took 1.2 ms on one core after the last page.
            if printed.count <= PrintPage.sectionsFramedBesidePages {
                let planned = printed.map { PrintDocument.Section(slug: $0.slug, title: $0.title, html: "", isTheme: $0.isTheme) }
                printFrame = BackgroundWork { PrintPage.frame(model, sections: planned, templates: templates) }
            }
            outputs = Parallel.map(jobs, costliestFirst: \.cost) { job in
                var output = render(job)
                Self.ready(job, output, pages: plans.count, progress: progress, deliver: deliver)
                if !keepBytes { output.file?.bytes = [] }
                if let article = output.article {
                    output.printSection = PrintDocument.section(slug: article.slug, title: article.title, articleHTML: article.html,
                                                                isTheme: article.isTheme)
                    output.article = nil
                }
                return output
            }
        }
        for output in outputs {
            diagnostics.append(contentsOf: output.diagnostics)
            if let file = output.file { rendered.append(file) }
            if let section = output.printSection {
                document.append(section)
            } else if let article = output.article {
                document.append(slug: article.slug, title: article.title, articleHTML: article.html, isTheme: article.isTheme,
                                memo: cache?.print)
            }
        }
        for asset in assets {
            let file = RenderedFile(path: "assets/" + asset.relativePath, bytes: asset.bytes)
            deliver(file)
            rendered.append(file)
        }
        for image in report.images {
            let file = RenderedFile(path: image.relativePath, bytes: image.bytes)
            deliver(file)
            rendered.append(file)
        }
        if let (file, scan) = PrintPage.render(model, document: document, generated: Set(rendered.map(\.path) + [PrintDocument.address]),
                                               templates: templates, memo: cache?.print, frame: printFrame?.value(),
                                               diagnostics: &diagnostics) {
            if let scan { cache?.links.provide(file, scan) }
            deliver(file)
            rendered.append(keepBytes ? file : RenderedFile(path: file.path, bytes: []))
        }
        // The view model, the pages' outputs and the print document are the build's `leftovers`, freed elsewhere.
        for value: any Sendable in [model, outputs, document.sections] { leftovers?.keep(value) }
        if let siteURL = report.settings.siteURL {
            for file in SiteMap.files(siteURL: siteURL, pages: rendered, buildDate: options.buildDate) {
                deliver(file)
                rendered.append(file)
            }
        }
        return rendered
    }

    /// Tells the progress a page is done, and passes the file on unless it has an error.
    private static func ready(_ job: PageJob, _ output: PageOutput, pages: Int, progress: (any BuildProgress)?,
                              deliver: @Sendable (RenderedFile) -> Void) {
        if case .page = job { progress?.pageRendered(of: pages) }
        if let file = output.file, output.diagnostics.allSatisfy({ $0.severity != .error }) { deliver(file) }
    }

    /// The kinds of page the site has, in reading order; the cover comes first.
    static let pageKinds: [any PageKind] = [CoverPage(), FreePages(), ThemePages(), FiguresPage(), AccessibilityPage(),
                                           NotFoundPage()]

    /// One page: its own file and its article for the print version, or an export.
    /// `alongside`: the page and its article are rendered on two cores (a preview re-rendering one page has one spare).
    private static func renderPage(_ job: PageJob, model: ReportViewModel, figures: FigureTable,
                                   templates: TemplateSet, alongside: Bool = false) -> PageOutput {
        let plan: PagePlan
        switch job {
        case .export(let path):
            let bytes = path.hasSuffix(".json") ? FigureExport.json(figures, strings: model.strings, edition: model.report.settings.edition)
                                                : FigureExport.csv(figures, strings: model.strings)
            return PageOutput(file: RenderedFile(path: path, bytes: bytes))
        case .page(let page):
            plan = page
        }
        var quoteProblems = Diagnostics()
        let quote: MarkdownRenderer.QuoteRenderer = { body, attribution in
            let value = TemplateValue.object(["body_html": .html(body), "attribution": .text(attribution)])
            return templates.render("quote", value, diagnostics: &quoteProblems) ?? ""
        }
        var markdown = PageMarkdown(figures: figures, strings: model.strings, quote: quote)
        let value = plan.value(model, &markdown)
        let renders = [(plan.template, plan.address)] + (plan.article.map { [($0, PrintDocument.address)] } ?? [])
        let render = { @Sendable (template: String, page: String) -> (html: [UInt8]?, diagnostics: [Diagnostic]) in
            var found = Diagnostics()
            let html = templates.renderBytes(template, value, page: page, diagnostics: &found)
            return (html, found.all)
        }
        let rendered = alongside ? Parallel.map(renders, render) : renders.map(render)
        var output = PageOutput()
        output.file = rendered[0].html.map { RenderedFile(path: plan.address, bytes: $0) }
        if rendered.count > 1, let html = rendered[1].html {
            output.article = (plan.slug, plan.title, String(decoding: html, as: UTF8.self), plan.isTheme)
        }
        output.diagnostics = markdown.diagnostics.all + rendered.flatMap(\.diagnostics) + quoteProblems.all
        return output
    }
}

/// A file the render stage can produce on its own.
enum PageJob: Sendable {
    case page(PagePlan)
    /// `data/figures.json` or `data/figures.csv`.
    case export(String)

    /// The page's Markdown body, if it has one.
    var body: Substring? {
        if case .page(let plan) = self { plan.body } else { nil }
    }

    /// A guess of the job's work, to start the long ones first: a page's Markdown body in bytes; more than any body
    /// for the exports and the pages without one (the cover, the figures and accessibility pages), whose work grows
    /// with the whole report (the accessibility page was 120 ms of a 10,000-page build, rendered last and alone).
    var cost: Int {
        switch self {
        case .page(let plan): plan.body.map { $0.utf8.count } ?? Int.max
        case .export: Int.max
        }
    }

    /// Where the file goes in the site.
    var address: String {
        switch self {
        case .page(let plan): plan.address
        case .export(let path): path
        }
    }
}

/// What rendering one page produced.
struct PageOutput: Sendable {
    var file: RenderedFile?
    var article: (slug: String, title: String, html: String, isTheme: Bool)?
    /// The article as the print version holds it, made beside the page where no preview's memo keeps it.
    var printSection: PrintDocument.Section?
    var diagnostics: [Diagnostic] = []
}
