import Foundation

/// What a preview (`almanac serve`) keeps from one build to the next, so that a save which changes only one page's
/// Markdown body re-renders that page instead of every page of a large report: the pages themselves, the
/// figures, the view model, the compiled templates, the print version's work (`PrintMemo`), the files read
/// (`ReadMemo`), the pages' link scans (`LinkScanMemo`) and what the output holds (`OutputHistory`).
///
/// A page is reused only when nothing it could depend on changed: its own body, and the site key, which covers
/// every other input (YAML, front matter, templates, strings, assets, images, options). The print version and
/// the link check always cover the whole site. Builds that read a previous edition do not reuse pages.
public final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var siteKey: Int?
    private var pages: [String: (body: Substring, output: PageOutput)] = [:]
    /// The figures and the view model of the last build, valid while the site key is unchanged: neither reads a
    /// Markdown body (the view model's report is replaced by each build's own).
    private var figures: (table: FigureTable, diagnostics: [Diagnostic])?
    private var model: ReportViewModel?
    private var templates: (key: Int, set: TemplateSet)?
    /// The print version's work, kept by page (see `PrintMemo`).
    let print = PrintMemo()
    /// What the last build wrote, to link the files that come out the same.
    public let output = OutputHistory()
    /// The content files the last build read.
    public let reads = ReadMemo()
    /// Each page's links and ids as the last link check read them.
    let links = LinkScanMemo()
    /// Pages reused and rendered by the last build, for the preview's log and for tests.
    public private(set) var reused = 0
    public private(set) var rendered = 0

    public init() {}

    /// Starts a build: pages of a build with another site key are forgotten.
    func begin(siteKey: Int) {
        lock.withLock {
            if self.siteKey != siteKey {
                pages.removeAll()
                (figures, model) = (nil, nil)
                print.forgetSite()
            }
            self.siteKey = siteKey
            (reused, rendered) = (0, 0)
        }
    }

    /// Each page rendered before from the same body, or `render(index)`'s output (on every core), kept for the next
    /// build. Looked up and kept in one go: 2,000 lookups each taking the lock from two cores spent more time
    /// waiting for it than looking.
    /// Bodies compare by bytes (the same storage when the file was not read again), never by hashing them all.
    /// `render` is told whether it may use two cores for its page (when it is the only one to render).
    func outputs(for keys: [(address: String, body: Substring)], render: @Sendable (Int, Bool) -> PageOutput) -> [PageOutput] {
        var outputs: [PageOutput?] = lock.withLock {
            keys.map { key in
                guard let index = pages.index(forKey: key.address), UTF8Hash.same(pages.values[index].body, key.body) else { return nil }
                // This build's copy of the same body is kept, so the next build finds it at once by its storage.
                pages.values[index].body = key.body
                return pages.values[index].output
            }
        }
        let missing = outputs.indices.filter { outputs[$0] == nil }
        let made = Parallel.map(missing) { render($0, missing.count == 1) }
        for (index, output) in zip(missing, made) { outputs[index] = output }
        lock.withLock {
            for (index, output) in zip(missing, made) { pages[keys[index].address] = (keys[index].body, output) }
            (rendered, reused) = (missing.count, keys.count - missing.count)
        }
        return outputs.map { $0! }
    }

    /// The body kept for the page at `address`, for tests.
    func keptBody(_ address: String) -> Substring? { lock.withLock { pages[address]?.body } }

    /// The templates compiled and checked by the last build, or `make()`'s when any template file changed; only a
    /// set that compiled without a word is kept.
    func templateSet(_ files: TemplateFiles, make: (inout Diagnostics) -> TemplateSet?, diagnostics: inout Diagnostics) -> TemplateSet? {
        let key = Self.templatesKey(files)
        if let kept = lock.withLock({ templates }), kept.key == key { return kept.set }
        var found = Diagnostics()
        let made = make(&found)
        diagnostics.append(contentsOf: found.all)
        lock.withLock { templates = found.all.isEmpty ? made.map { (key, $0) } : nil }
        return made
    }

    /// The last build's figures and the diagnostics computing them gave, or `compute()`'s, kept for the next build.
    func figures(_ compute: () -> (FigureTable, [Diagnostic])) -> (FigureTable, [Diagnostic]) {
        if let kept = lock.withLock({ figures }) { return kept }
        let computed = compute()
        lock.withLock { figures = computed }
        return computed
    }

    /// The last build's view model holding this build's report, or `make()`'s, kept for the next build.
    func viewModel(report: ParsedReport, make: () -> ReportViewModel) -> ReportViewModel {
        if let kept = lock.withLock({ model }) { return ReportViewModel(reusing: kept, report: report) }
        let made = make()
        lock.withLock { model = made }
        return made
    }

    /// Every template's name, path and text, hashed: the compiled set is kept while this is unchanged.
    static func templatesKey(_ files: TemplateFiles) -> Int {
        var hasher = Hasher()
        for name in files.templates.keys.sorted() {
            hasher.combine(name)
            hasher.combine(files.templates[name]?.path)
            UTF8Hash.combine(files.templates[name]?.text, into: &hasher)
        }
        return hasher.finalize()
    }

    /// Everything but the Markdown bodies of themes and free pages, hashed: equal keys mean every page whose
    /// body is unchanged renders as before.
    /// `report.contentKey`, when the parse stage worked it out, is `ContentKey.value` of these files.
    static func siteKey(content: ContentFiles, templates: TemplateFiles, report: ParsedReport, options: BuildOptions) -> Int {
        var hasher = Hasher()
        hasher.combine(report.contentKey ?? ContentKey.value(content: content, report: report))
        for asset in templates.assets {
            hasher.combine(asset.relativePath)
            UTF8Hash.combine(bytes: asset.bytes, into: &hasher)
        }
        hasher.combine(templatesKey(templates))
        templates.combineStrings(into: &hasher)
        hasher.combine(options.contentDirectory)
        hasher.combine(options.templatesDirectory)
        hasher.combine(options.outputDirectory)
        hasher.combine(options.buildDate)
        hasher.combine(options.strict)
        hasher.combine(options.limits.maxMarkdownBytes)
        hasher.combine(options.limits.maxYAMLBytes)
        hasher.combine(options.limits.maxAssetBytes)
        hasher.combine(options.limits.maxYAMLNodes)
        return hasher.finalize()
    }
}
