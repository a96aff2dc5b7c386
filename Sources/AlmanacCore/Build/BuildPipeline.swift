/// The whole generator in one place: load → parse → aggregate → render → check links → write.
public enum BuildPipeline {
    /// Runs every stage; writes only when `write` is true and nothing failed (warnings fail too under `strict`).
    /// `cache` lets repeated builds (`almanac serve`) skip parsing files that have not changed, and `renderCache`
    /// skip rendering pages that would come out the same (see `RenderCache`; a site of several editions renders all).
    /// With `keepFiles` false (a one-off build), the result's files that were written keep their paths but not their
    /// bytes: each is let go of once on its way to the disk, so peak memory does not grow with the site's size.
    public static func run(_ options: BuildOptions, write: Bool = true, cache: ParseCache? = nil,
                           renderCache: RenderCache? = nil, keepFiles: Bool = true) -> BuildResult {
        prepare(options, write: write, cache: cache, renderCache: renderCache, writeWhileRendering: true,
                keepFiles: keepFiles).finish()
    }

    /// Whether `prepare` writes the site itself (a site of several editions, written whole) rather than leaving it
    /// to `finish()`.
    public static func writesWhilePreparing(_ options: BuildOptions) -> Bool {
        var ignored = Diagnostics()
        return ContentLoader.editionSlugs(options, diagnostics: &ignored) != nil
    }

    /// Every stage but the last step of writing: `finish()` swaps the site in. With `writeWhileRendering` false,
    /// nothing is written until then, so a preview can answer with the checked site before the disk is touched
    /// (a site of several editions is written here, whole, as `run` would).
    public static func prepare(_ options: BuildOptions, write: Bool = true, cache: ParseCache? = nil,
                               renderCache: RenderCache? = nil, writeWhileRendering: Bool, keepFiles: Bool = true) -> PreparedBuild {
        var found = Diagnostics()
        if let slugs = ContentLoader.editionSlugs(options, diagnostics: &found) {
            var result = EditionSite.run(options, slugs: slugs, write: write && !found.hasErrors, cache: cache)
            if !found.all.isEmpty {
                result.diagnostics = (found.all + result.diagnostics).sorted()
                result.wroteOutput = result.wroteOutput && !found.hasErrors
            }
            return PreparedBuild(result: result)
        }
        var diagnostics = Diagnostics()
        var clock = StageClock(progress: options.progress)
        // The templates are read and compiled on another core while the content is read and parsed: neither needs
        // the other, and both leave a core idle at times (the default report's parse, 1.2–2 ms of each build).
        let templateWork = BackgroundStage { (found, clock) -> (files: TemplateFiles, set: TemplateSet?) in
            let templates = clock.time("load") { ContentLoader.loadTemplates(options, diagnostics: &found) }
            // Templates are compiled and checked for what no template may do before the output is opened, so a
            // template error never leaves a staging folder and nothing renders with a template that could crash.
            let templateSet = clock.time("templates") { () -> TemplateSet? in
                guard let renderCache else { return TemplateSet(templates, diagnostics: &found) }
                return renderCache.templateSet(templates, make: { TemplateSet(templates, diagnostics: &$0) }, diagnostics: &found)
            }
            return (templates, templateSet)
        }
        let content = clock.time("load") { ContentLoader.loadContent(options, memo: renderCache?.reads, diagnostics: &diagnostics) }
        let (report, crossReferences) = clock.time("parse") {
            ReportParser.parseLeavingCrossReferences(content, limits: options.limits, cache: cache, diagnostics: &diagnostics)
        }
        let (templates, templateSet) = templateWork.join(into: &diagnostics, clock: &clock)
        // The strings file is the report's choice (`language:`), so it is read once the report is, on another core
        // while the figures are worked out; so is the shape templates see it in (1.5 M instructions, once the
        // render's first step).
        let stringsWork = BackgroundStage { (found, clock) in
            clock.time("parse") {
                report.flatMap { EditionBuild.strings($0, content: content, templates: templates, limits: options.limits, cache: cache,
                                                     diagnostics: &found) }
                    .map { (strings: $0, shape: StringsTemplateValue.Shape($0)) }
            }
        }
        // A build with no error so far opens the output (lists and locks it, 0.6–1 ms) while the figures are worked
        // out; should a later stage find an error, the staging folder is removed unused.
        let opening = write && writeWhileRendering && report != nil && templateSet != nil && !diagnostics.hasErrors
            ? BackgroundStage { (found, clock) in
                clock.time("open output") { StagedOutput.begin(options, history: renderCache?.output, diagnostics: &found) }
            } : nil
        // The previous edition's figures, when report.yaml names its figures.json: read once the report is.
        let previous = clock.time("load") { report.flatMap { EditionBuild.previousFile($0, options: options, diagnostics: &diagnostics) } }
        if let sibling = report?.settings.previousSibling {
            diagnostics.error("previous: ../\(sibling.slug) names another edition's folder, which only a site of several editions has",
                              at: sibling.location, hint: "keep editions in content/editions/<slug>/, or name the previous edition's figures.json")
        }
        // A previous edition's figures come from outside the content folder: such a build renders every page.
        let pageCache = previous == nil && report?.settings.previous == nil ? renderCache : nil
        if let pageCache, let report {
            pageCache.begin(siteKey: clock.time("parse") {
                RenderCache.siteKey(content: content, templates: templates, report: report, options: options)
            })
        }
        let figures = clock.time("aggregate") { () -> FigureTable in
            guard let report else { return FigureTable() }
            let compute = { () -> (FigureTable, [Diagnostic]) in
                var found = Diagnostics()
                let table = FigureCalculator.compute(report, previous: previous, diagnostics: &found)
                return (table, found.all)
            }
            let (table, found) = pageCache?.figures(compute) ?? compute()
            diagnostics.append(contentsOf: found)
            return table
        }
        // The cross-reference check, the strings and the output's opening were queued in that order for one other
        // core; with the figures done, this thread opens the output itself unless that core has come to it.
        opening?.runHereIfNotStarted()
        let readStrings = stringsWork.join(into: &diagnostics, clock: &clock)
        let strings = readStrings?.strings
        crossReferences?.join(into: &diagnostics, clock: &clock)
        // The new site is written beside the output while pages render; it replaces the output only at the end.
        // Without `writeWhileRendering`, the output is opened when the site is written, after it was published.
        let willWrite = write && report != nil && templateSet != nil && strings != nil && !diagnostics.hasErrors
        let staged = willWrite ? opening?.join(into: &diagnostics, clock: &clock) : nil
        if !willWrite { opening?.valueAlone()?.discard() }
        // Files staged as they render need not stay in memory: the link check reads each page as it is delivered.
        // A preview's link memo reads the files themselves, so they are kept whenever there is one.
        let delivered = !keepFiles && staged != nil && renderCache == nil ? DeliveredScans() : nil
        let leftovers = Leftovers()
        let files = clock.time("render") { () -> [RenderedFile] in
            guard let report, let templateSet, let strings else { return [] }
            return SiteRenderer.render(report, figures: figures, templates: templateSet, assets: templates.assets,
                                       strings: strings, stringsShape: readStrings?.shape, options: options, cache: pageCache,
                                       keepBytes: delivered == nil, leftovers: leftovers, diagnostics: &diagnostics, deliver: { file in
                                           if writeWhileRendering { staged?.add(file) }
                                           delivered?.read(file)
                                       })
        }
        clock.time("check links") {
            guard let report, !diagnostics.hasErrors else { return }
            LinkChecker.check(files, scopes: [.init(prefix: "", report: report)], memo: renderCache?.links, delivered: delivered,
                              diagnostics: &diagnostics)
        }
        if options.strict { diagnostics = Self.strict(diagnostics) }
        let result = BuildResult(files: files, figures: figures, diagnostics: diagnostics.sorted, wroteOutput: false,
                                 timings: clock.stages)
        guard willWrite, staged != nil || !writeWhileRendering, !diagnostics.hasErrors else {
            staged?.discard()
            return PreparedBuild(result: result)
        }
        for value: any Sendable in [report, content, templates, templateSet, strings, delivered] { leftovers.keep(value) }
        return PreparedBuild(result: result, pending: .init(staged: staged, options: options, history: renderCache?.output,
                                                            diagnostics: diagnostics), leftovers: leftovers)
    }

    static func strict(_ diagnostics: Diagnostics) -> Diagnostics {
        var promoted = Diagnostics()
        for var diagnostic in diagnostics.all {
            diagnostic.severity = .error
            promoted.append(diagnostic)
        }
        return promoted
    }
}
