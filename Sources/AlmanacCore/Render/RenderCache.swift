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
    private var pages: [String: (body: Int, output: PageOutput)] = [:]
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

    /// The page rendered before from the same body, or `render()`'s output, kept for the next build.
    func output(for address: String, body: Int, render: () -> PageOutput) -> PageOutput {
        let cached: PageOutput? = lock.withLock {
            guard let entry = pages[address], entry.body == body else { rendered += 1; return nil }
            reused += 1
            return entry.output
        }
        if let cached { return cached }
        let output = render()
        lock.withLock { pages[address] = (body, output) }
        return output
    }

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
        if var kept = lock.withLock({ model }) {
            kept.report = report
            return kept
        }
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
    static func siteKey(content: ContentFiles, templates: TemplateFiles, report: ParsedReport, options: BuildOptions) -> Int {
        var hasher = Hasher()
        for file in [content.report, content.model, content.figures, content.wording] {
            hasher.combine(file?.path)
            UTF8Hash.combine(file?.text, into: &hasher)
        }
        for path in content.data.keys.sorted() {
            hasher.combine(path)
            UTF8Hash.combine(content.data[path]?.text, into: &hasher)
        }
        hasher.combine(content.unreadable.sorted())
        let bodies = Dictionary((report.themes.map(\.body) + report.pages.map(\.body)).map { ($0.path, $0.text) },
                                uniquingKeysWith: { first, _ in first })
        for file in content.themes + content.pages {
            hasher.combine(file.path)
            // Only the front matter: the body is the page's own key. A file whose body cannot be told apart is
            // hashed whole, so a change to it renders every page again (correct, only slower).
            // Compared and hashed as bytes: `String.hasSuffix` walks Characters from the end and `String` hashes
            // its normalised form (together most of a 2,000-page rebuild).
            if let body = bodies[file.path], let front = UTF8Hash.prefix(of: file.text, before: body) {
                UTF8Hash.combine(front, into: &hasher)
            } else {
                UTF8Hash.combine(file.text, into: &hasher)
            }
        }
        for asset in content.images + templates.assets {
            hasher.combine(asset.relativePath)
            UTF8Hash.combine(bytes: asset.bytes, into: &hasher)
        }
        hasher.combine(templatesKey(templates))
        for language in templates.strings.keys.sorted() {
            hasher.combine(language)
            UTF8Hash.combine(templates.strings[language]?.text, into: &hasher)
        }
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
