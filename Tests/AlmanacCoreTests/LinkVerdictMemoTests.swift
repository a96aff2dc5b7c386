@testable import AlmanacCore
import Testing

/// A preview's link check works out again only the verdicts that could have changed: those of pages that changed,
/// all of them when a file came or went, and those of pages linking into a page whose ids changed; and it reports
/// exactly what a check without memo reports.
@Suite struct LinkVerdictMemoTests {
    static func page(_ path: String, _ html: String) -> RenderedFile { RenderedFile(path: path, text: html) }

    /// The memo's diagnostics, which must equal a check without memo.
    static func check(_ files: [RenderedFile], _ memo: LinkScanMemo) -> [String] {
        var cached = Diagnostics(), fresh = Diagnostics()
        LinkChecker.check(files, report: nil, memo: memo, diagnostics: &cached)
        LinkChecker.check(files, report: nil, diagnostics: &fresh)
        #expect(cached.sorted.map(\.description) == fresh.sorted.map(\.description))
        return cached.sorted.map(\.message)
    }

    @Test func onlyVerdictsThatCouldChangeAreWorkedOutAgain() {
        let memo = LinkScanMemo()
        let target = Self.page("b.html", "<h2 id=\"part\">Part</h2>")
        var files = [Self.page("a.html", "<a href=\"b.html#part\">b</a>"), target,
                     Self.page("c.html", "<a href=\"a.html\">a</a><a href=\"#top\">top</a><p id=\"top\">")]
        #expect(Self.check(files, memo).isEmpty)
        #expect(memo.pagesChecked == 3)
        #expect(Self.check(files, memo).isEmpty)
        #expect(memo.pagesChecked == 0)

        // b.html loses the id: b itself and a (which links into it) are checked again, c is not.
        files[1] = Self.page("b.html", "<h2 id=\"renamed\">Part</h2>")
        #expect(Self.check(files, memo) == ["broken link \"b.html#part\" in generated page a.html: no element with id \"part\" in b.html"])
        #expect(memo.pagesChecked == 2)
        // b.html changes without touching its ids: only b.
        files[1] = Self.page("b.html", "<h2 id=\"renamed\">Part, reworded</h2>")
        #expect(Self.check(files, memo).count == 1)
        #expect(memo.pagesChecked == 1)
        // A new file: every page again (a link to it could now resolve).
        files.append(Self.page("d.html", "<p>new</p>"))
        #expect(Self.check(files, memo).count == 1)
        #expect(memo.pagesChecked == 4)
        // The id is back: a's link works again.
        files[1] = target
        #expect(Self.check(files, memo).isEmpty)
        #expect(memo.pagesChecked == 2)
    }
}
