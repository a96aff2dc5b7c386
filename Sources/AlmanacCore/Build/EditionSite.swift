/// A site of several editions (`content/editions/<slug>/`, each a complete report): every edition is built as
/// one report would be and written under `output/<slug>/`, each comparing itself with the edition its
/// `previous:` names, and a landing page lists them newest first with a trend chart for each figure they share.
enum EditionSite {
    /// One edition, read and parsed.
    struct Edition {
        var slug: String
        var options: BuildOptions
        var content: ContentFiles
        var report: ParsedReport?
    }

    static func run(_ options: BuildOptions, slugs: [String], write: Bool, cache: ParseCache?) -> BuildResult {
        var diagnostics = Diagnostics()
        var clock = StageClock(progress: options.progress)
        let templates = clock.time("load") { ContentLoader.loadTemplates(options, diagnostics: &diagnostics) }
        let templateSet = clock.time("templates") { TemplateSet(templates, diagnostics: &diagnostics) }
        if templates.templates["editions"] == nil {
            diagnostics.error("missing template editions.mustache, the landing page of a site of several editions",
                              at: .file(templates.root + "/editions.mustache"))
        }
        var editions: [Edition] = slugs.map { slug in
            var editionOptions = options
            editionOptions.contentDirectory = options.contentDirectory + "/editions/" + slug
            return Edition(slug: slug, options: editionOptions, content: ContentFiles(root: editionOptions.contentDirectory))
        }
        clock.time("load") {
            for index in editions.indices {
                editions[index].content = ContentLoader.loadContent(editions[index].options, diagnostics: &diagnostics)
            }
        }
        clock.time("parse") {
            for index in editions.indices {
                editions[index].report = ReportParser.parse(editions[index].content, limits: options.limits, cache: cache,
                                                            diagnostics: &diagnostics)
            }
        }
        let order = EditionOrder.oldestFirst(editions, diagnostics: &diagnostics)
        let links = EditionLinks(current: "", editions: order.reversed().compactMap { edition in
            edition.report.map { .init(slug: edition.slug, name: $0.settings.edition, themeSlugs: Set($0.themes.map(\.slug))) }
        })
        var built: [String: (figures: FigureTable, strings: ReportStrings, report: ParsedReport)] = [:]
        var files: [RenderedFile] = []
        for edition in order {
            guard let report = edition.report else { continue }
            let strings = clock.time("parse") { EditionBuild.strings(report, content: edition.content, templates: templates,
                                                                      limits: options.limits, diagnostics: &diagnostics) }
            let previous = clock.time("load") { () -> PreviousEdition? in
                if let sibling = report.settings.previousSibling, let earlier = built[sibling.slug] {
                    return EditionOrder.previous(earlier.figures, edition: earlier.report.settings.edition, strings: earlier.strings,
                                                 at: sibling.location)
                }
                return EditionBuild.previousFile(report, options: edition.options, diagnostics: &diagnostics)
            }
            let figures = clock.time("aggregate") { FigureCalculator.compute(report, previous: previous, diagnostics: &diagnostics) }
            guard let strings, let templateSet else { continue }
            built[edition.slug] = (figures, strings, report)
            var editionLinks = links
            editionLinks.current = edition.slug
            let rendered = clock.time("render") {
                SiteRenderer.render(report, figures: figures, templates: templateSet, assets: templates.assets, strings: strings,
                                    options: edition.options, editions: editionLinks, diagnostics: &diagnostics)
            }
            files += rendered.map { RenderedFile(path: edition.slug + "/" + $0.path, bytes: $0.bytes) }
        }
        let newest = order.last.flatMap { built[$0.slug] }
        if let templateSet, let newest, templates.templates["editions"] != nil {
            let landing = LandingPage.value(order.compactMap { edition in built[edition.slug].map { (edition.slug, $0.report, $0.figures) } },
                                            strings: newest.strings)
            if let html = templateSet.render("editions", landing, page: "index.html", diagnostics: &diagnostics) {
                files.append(RenderedFile(path: "index.html", text: html))
                files += templates.assets.map { RenderedFile(path: "assets/" + $0.relativePath, bytes: $0.bytes) }
                // The server's 404 page is the newest edition's: its links start at that edition's folder.
                if let newestSlug = order.last?.slug,
                   let notFound = files.first(where: { $0.path == newestSlug + "/" + NotFoundPage.address }) {
                    files.append(RenderedFile(path: NotFoundPage.address, bytes: notFound.bytes))
                }
            }
        }
        clock.time("check links") {
            guard !diagnostics.hasErrors else { return }
            // The landing page (and anything else at the root) has no report of its own.
            let scopes = order.map { LinkChecker.Scope(prefix: $0.slug + "/", report: $0.report) } + [LinkChecker.Scope(prefix: "", report: nil)]
            LinkChecker.check(files, scopes: scopes, diagnostics: &diagnostics)
        }
        if options.strict { diagnostics = BuildPipeline.strict(diagnostics) }
        var wrote = false
        if write && !diagnostics.hasErrors {
            clock.time("write") {
                guard let staged = StagedOutput.begin(options, diagnostics: &diagnostics) else { return }
                for file in files { staged.add(file) }
                if diagnostics.hasErrors { staged.discard() } else { staged.commit(diagnostics: &diagnostics); wrote = !diagnostics.hasErrors }
            }
        }
        return BuildResult(files: files, figures: newest?.figures ?? FigureTable(), diagnostics: diagnostics.sorted,
                           wroteOutput: wrote, timings: clock.stages)
    }
}
