/// The parse stage: turns loaded files into a checked `ParsedReport`, reporting every problem found.
public enum ReportParser {
    /// `cache` (from `almanac serve`) skips files whose text is unchanged since an earlier build.
    public static func parse(_ files: ContentFiles, limits: Limits, cache: ParseCache? = nil,
                             diagnostics: inout Diagnostics) -> ParsedReport? {
        let (report, crossReferences) = parseLeavingCrossReferences(files, limits: limits, cache: cache, diagnostics: &diagnostics)
        // Its time is the caller's, who times this call and so waits for it.
        var waited = StageClock()
        crossReferences?.join(into: &diagnostics, clock: &waited)
        return report
    }

    /// `parse`, but the check that every id a file names exists (1.2–1.9 ms of the default report's build, and
    /// only diagnostics) goes on on another core while the caller reads the strings and works out the figures;
    /// the caller joins it before deciding whether to write. Nil when nothing is left to join: a preview's checks,
    /// kept between saves, ran here, or there was no report to check.
    static func parseLeavingCrossReferences(_ files: ContentFiles, limits: Limits, cache: ParseCache? = nil,
                                            diagnostics: inout Diagnostics) -> (ParsedReport?, BackgroundStage<Void>?) {
        // First the model, which says how to read the rest (a fraction of a millisecond), then every other file on
        // every core, the longest first.
        let parseModel = { @Sendable (_: Int) in ParsedFile.parse(.model, files: files, model: nil, limits: limits) }
        let first = cache?.parsed([files.model], context: "", limits: limits, parse: parseModel) ?? [parseModel(0)]
        var model: ReportModel?
        if case .model(let value) = first[0].value { model = value }
        let readModel = model
        var jobs = [ParseJob.report, .figures]
        if let model { jobs += [.register] + model.recordSets.indices.map(ParseJob.records) }
        jobs += files.themes.indices.map(ParseJob.theme) + files.pages.indices.map(ParseJob.page)
        let parse = { @Sendable (job: ParseJob) in ParsedFile.parse(job, files: files, model: readModel, limits: limits) }
        let results: [ParsedFile]
        if let cache {
            let allJobs = jobs
            results = cache.parsed(allJobs.map { ParsedFile.source(of: $0, in: files, model: readModel) }, context: files.model?.text ?? "",
                                   limits: limits, parse: { parse(allJobs[$0]) })
        } else {
            // A large records file is parsed as runs of items, each a job of its own (a nested split got no second core).
            let split = jobs.flatMap { job -> [ParseJob] in
                guard case .records(let index) = job, let file = ParsedFile.source(of: job, in: files, model: readModel),
                      let runs = RecordSetParser.runs(of: file, limits: limits) else { return [job] }
                return runs.map { ParseJob.recordsRun(set: index, $0) }
            }
            let readWhole = { (index: Int, diagnostics: inout Diagnostics) in
                ParsedFile.source(of: .records(index), in: files, model: readModel).map { file in
                    RecordSetParser.parseWhole(file, schema: readModel!.recordSets[index], limits: limits, diagnostics: &diagnostics)
                }
            }
            results = joiningRuns(of: split, Parallel.map(split, costliestFirst: { $0.cost(in: files, model: readModel) }, parse),
                                  model: readModel, whole: readWhole)
        }
        var settings: ReportSettings?, declarations: FigureDeclarations?
        var organisations: [Organisation] = [], brokenOrganisations: Set<String> = []
        var sets: [RecordSet] = [], themes: [Theme] = [], pages: [FreePage] = []
        // (A build lists its problems sorted, so the order they are gathered in does not show.)
        diagnostics.append(contentsOf: first[0].diagnostics)
        if let model { DataFileCheck.check(files, model: model, diagnostics: &diagnostics) }
        for result in results {
            diagnostics.append(contentsOf: result.diagnostics)
            switch result.value {
            case .report(let value): settings = value
            case .figures(let value): declarations = value
            case .register(let value, let rejected): (organisations, brokenOrganisations) = (value, rejected)
            case .records(let value): sets.append(value)
            case .theme(let value): if let value { themes.append(value) }
            case .page(let value): if let value { pages.append(value) }
            case .model, .recordsRun: break
            }
        }
        guard let settings, let model, let declarations else { return (nil, nil) }
        var report = ParsedReport(
            settings: settings, model: model, declarations: declarations, organisations: organisations,
            themes: themes.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) },
            pages: pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }, recordSets: sets, images: files.images)
        if files.themes.isEmpty {
            diagnostics.error("the report has no themes", at: .file(files.root + "/themes"),
                              hint: "add one Markdown file per theme to content/themes/")
        }
        // Ids whose own entry failed to parse: already reported, so references to them are not.
        // (Worked out only when a theme file gave no theme: 2,000 paths hashed on every save of a preview.)
        var brokenThemes: Set<String> = []
        if themes.count != files.themes.count {
            let parsedThemes = Set(themes.map(\.location.path))
            brokenThemes = Set(files.themes.filter { !parsedThemes.contains($0.path) }.map { FrontMatter.slug(fromFileName: $0.relativePath) })
        }
        let crossReferences = { @Sendable [report, brokenThemes, brokenOrganisations] in
            var found = Diagnostics()
            CrossReferenceChecker(report: report, brokenThemes: brokenThemes, brokenOrganisations: brokenOrganisations)
                .check(diagnostics: &found)
            return found.all
        }
        guard let cache else {
            let withheld = FigureDeclarationChecker(report: report).check(diagnostics: &diagnostics)
            let pending = BackgroundStage { found, clock in
                clock.time("parse") { found.append(contentsOf: crossReferences()) }
            }
            report.withhold(figuresAt: withheld)
            return (report, pending)
        }
        // A preview keeps both checks while only bodies change.
        report.contentKey = ContentKey.value(content: files, report: report, kept: cache.frontMatters)
        var key = Hasher()
        key.combine(report.contentKey)
        key.combine(limits)
        key.combine(brokenThemes)
        key.combine(brokenOrganisations)
        let checks = cache.crossFileChecks.value(key: key.finalize()) { [report] in
            var found = Diagnostics()
            found.append(contentsOf: crossReferences())
            let withheld = FigureDeclarationChecker(report: report).check(diagnostics: &found)
            return ParseCache.CrossFileChecks(diagnostics: found.all, withheld: withheld)
        }
        diagnostics.append(contentsOf: checks.diagnostics)
        report.withhold(figuresAt: checks.withheld)
        return (report, nil)
    }

    /// The results with each records file's runs joined into one result, in job order; a file with a run that is
    /// not valid YAML on its own is read again whole (`whole`, not cut again), so its errors read as they would
    /// without the cut.
    private static func joiningRuns(of jobs: [ParseJob], _ results: [ParsedFile], model: ReportModel?,
                                    whole: (Int, inout Diagnostics) -> [Record]?) -> [ParsedFile] {
        var joined: [ParsedFile] = []
        var index = 0
        while index < jobs.count {
            guard case .recordsRun(let setIndex, _) = jobs[index], let model else {
                joined.append(results[index])
                index += 1
                continue
            }
            var runs: [RecordSetParser.Run?] = []
            while index < jobs.count, case .recordsRun(setIndex, _) = jobs[index] {
                if case .recordsRun(let run) = results[index].value { runs.append(run) } else { runs.append(nil) }
                index += 1
            }
            var diagnostics = Diagnostics()
            let records = RecordSetParser.joined(runs, diagnostics: &diagnostics) ?? whole(setIndex, &diagnostics)
            let set = RecordSetParser.set(model.recordSets[setIndex], records: records, diagnostics: diagnostics)
            joined.append(ParsedFile(value: .records(set), diagnostics: diagnostics.all))
        }
        return joined
    }
}
