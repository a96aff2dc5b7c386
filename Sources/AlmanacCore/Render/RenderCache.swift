import Foundation

/// Pages rendered by the previous build of a preview, kept so that a save which changes only one page's Markdown
/// body re-renders that page (and the print version) instead of every page of a large report.
///
/// A page is reused only when nothing it could depend on changed: its own body, and the site key, which covers
/// every other input (YAML, front matter, templates, strings, assets, images, options). The print version and
/// the link check always run over the whole site. Builds that read a previous edition do not use the cache.
public final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var siteKey: Int?
    private var pages: [String: (body: Int, output: PageOutput)] = [:]
    /// Pages reused and rendered by the last build, for the preview's log and for tests.
    public private(set) var reused = 0
    public private(set) var rendered = 0

    public init() {}

    /// Starts a build: pages of a build with another site key are forgotten.
    func begin(siteKey: Int) {
        lock.withLock {
            if self.siteKey != siteKey { pages.removeAll() }
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

    /// Everything but the Markdown bodies of themes and free pages, hashed: equal keys mean every page whose
    /// body is unchanged renders as before.
    static func siteKey(content: ContentFiles, templates: TemplateFiles, report: ParsedReport, options: BuildOptions) -> Int {
        var hasher = Hasher()
        for file in [content.report, content.model, content.figures, content.wording] {
            hasher.combine(file?.path)
            hasher.combine(file?.text)
        }
        for path in content.data.keys.sorted() {
            hasher.combine(path)
            hasher.combine(content.data[path]?.text)
        }
        hasher.combine(content.unreadable.sorted())
        let bodies = Dictionary((report.themes.map(\.body) + report.pages.map(\.body)).map { ($0.path, $0.text) },
                                uniquingKeysWith: { first, _ in first })
        for file in content.themes + content.pages {
            hasher.combine(file.path)
            // Only the front matter: the body is the page's own key. A file whose body cannot be told apart is
            // hashed whole, so a change to it renders every page again (correct, only slower).
            // Compared as bytes: `String.hasSuffix` walks Characters from the end (a quarter of a 2,000-page rebuild).
            if let body = bodies[file.path], file.text.utf8.suffix(body.utf8.count).elementsEqual(body.utf8) {
                hasher.combine(String(decoding: file.text.utf8.dropLast(body.utf8.count), as: UTF8.self))
            } else {
                hasher.combine(file.text)
            }
        }
        for asset in content.images + templates.assets {
            hasher.combine(asset.relativePath)
            hasher.combine(asset.bytes)
        }
        for name in templates.templates.keys.sorted() {
            hasher.combine(name)
            hasher.combine(templates.templates[name]?.text)
        }
        for language in templates.strings.keys.sorted() {
            hasher.combine(language)
            hasher.combine(templates.strings[language]?.text)
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
