import Foundation

/// The print version's work kept between the builds of a preview, so that a save which changes one page redoes
/// only that page's part of a document holding every page: each article with its headings demoted and the ids in
/// it, each section with its links made to work inside the document, and, while the site key stays the same, the
/// page's other fields and the page itself rendered around a placeholder for each section.
final class PrintMemo: @unchecked Sendable {
    /// One page's article as the print version holds it.
    private struct Article {
        let source: String
        let demoted: String
        let ids: Set<String>
        /// The section with its links rewritten, and the ids and files it was rewritten against.
        var relinked: (context: Int, html: String)?
    }

    /// The print page rendered with a placeholder for each section's HTML, cut at them; nil when the template
    /// does not insert each section's HTML exactly once, unchanged and in order (then every build renders it whole).
    struct Frame {
        let pieces: [String]?
        /// Each piece's links and ids, when every piece ends in text (see `HTMLScanner.fragment`).
        let scans: [HTMLScanner]?

        init(pieces: [String]?) {
            self.pieces = pieces
            let scans = pieces?.compactMap(HTMLScanner.fragment)
            self.scans = scans?.count == pieces?.count ? scans : nil
        }
    }

    private let lock = NSLock()
    private var articles: [String: Article] = [:]
    private var fields: [String: TemplateValue]?
    private var frame: Frame?
    /// Each section's links and ids, with the HTML they were read from.
    private var sectionScans: [String: (html: String, scan: HTMLScanner?)] = [:]
    /// The document's ids and the key sections are relinked against, with the slugs and files they were worked out
    /// for; `idsMoved` is set when an article's ids changed since.
    private var document: (slugs: [String], generated: Set<String>, ids: Set<String>, key: Int)?
    private var idsMoved = true
    /// The page's bytes from the last three builds: by the next join the oldest is no longer published, written
    /// or checked (a preview may still be writing the last build while the next one joins), and its memory (already
    /// mapped) is written again instead of 24 MB of new pages at 2,000 pages. (Were it still held, it would be
    /// copied, not overwritten.)
    private var recycled: [[UInt8]] = []

    /// Forgets what depends on anything but the articles: called when the site key changes.
    func forgetSite() {
        lock.withLock { (fields, frame, document) = (nil, nil, nil) }
    }

    /// The article with its headings demoted, and the ids in it, computed again only when its HTML changed.
    func article(_ slug: String, source: String) -> (html: String, ids: Set<String>) {
        if let kept = lock.withLock({ articles[slug] }), UTF8Hash.same(kept.source, source) { return (kept.demoted, kept.ids) }
        let (demoted, ids) = PrintDocument.demotedArticle(source)
        lock.withLock {
            if articles[slug]?.ids != ids { idsMoved = true }
            articles[slug] = Article(source: source, demoted: demoted, ids: ids)
        }
        return (demoted, ids)
    }

    /// The document's ids and relinking key, worked out again only when the pages, the site's files or an
    /// article's ids changed (2,000 sections hold 10,000 ids, hashed for the key).
    func documentIDs(slugs: [String], generated: Set<String>, make: () -> (ids: Set<String>, key: Int)) -> (ids: Set<String>, key: Int) {
        // The articles of this build were all taken (`article`) before the document is relinked.
        let kept = lock.withLock {
            defer { idsMoved = false }
            return idsMoved ? nil : document
        }
        if let kept, kept.slugs == slugs, kept.generated == generated { return (kept.ids, kept.key) }
        let made = make()
        lock.withLock { document = (slugs, generated, made.ids, made.key) }
        return made
    }

    /// The section relinked against `context` (a hash of the document's ids and the site's files).
    func relinked(_ slug: String, demoted: String, context: Int, rewrite: () -> String) -> String {
        if let kept = lock.withLock({ articles[slug] }), UTF8Hash.same(kept.demoted, demoted), let relinked = kept.relinked,
           relinked.context == context {
            return relinked.html
        }
        let html = rewrite()
        lock.withLock {
            if let kept = articles[slug]?.demoted, UTF8Hash.same(kept, demoted) { articles[slug]?.relinked = (context, html) }
        }
        return html
    }

    /// The print page's fields other than its sections, built once per site key.
    func fields(_ make: () -> [String: TemplateValue]) -> [String: TemplateValue] {
        if let kept = lock.withLock({ fields }) { return kept }
        let made = make()
        lock.withLock { fields = made }
        return made
    }

    /// The frame made for this site key, if any.
    var currentFrame: Frame? { lock.withLock { frame } }

    func keep(_ frame: Frame) { lock.withLock { self.frame = frame } }

    /// `PrintSplice.join`, into the memory of the page from three builds ago when nothing holds it any more.
    func join(_ pieces: [String], sections: [String]) -> [UInt8] {
        var bytes = lock.withLock { recycled.count >= 3 ? recycled.removeFirst() : [] }
        PrintSplice.join(pieces, sections: sections, into: &bytes)
        lock.withLock { recycled.append(bytes) }
        return bytes
    }

    /// The section's links and ids read on their own, or nil when it ends inside a tag or the like; read again only
    /// when its HTML changed.
    func scan(_ slug: String, html: String) -> HTMLScanner? {
        if let kept = lock.withLock({ sectionScans[slug] }), UTF8Hash.same(kept.html, html) { return kept.scan }
        let scan = HTMLScanner.fragment(html)
        lock.withLock { sectionScans[slug] = (html, scan) }
        return scan
    }
}
