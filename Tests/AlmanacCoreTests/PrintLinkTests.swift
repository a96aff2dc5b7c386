import Foundation
import Testing
@testable import AlmanacCore

/// The print edition rewrites links: each address must be read decoded and written escaped exactly once.
@Suite struct PrintLinkTests {
    @Test func unchangedLinksStayByteForByte() {
        let html = "<a href=\"https://example.org/o&#x27;brien?a=1&amp;b=2\">x</a><a href='data/x.csv'>y</a><a href=z.html>z</a>"
        #expect(PrintDocument.rewritingLinks(in: html) { $0 } == html)
    }

    @Test func changedLinksAreWrittenDoubleQuotedAndEscapedOnce() {
        var seen: [String] = []
        let html = "<a class=k href='beta.html#it&#x27;s'>b</a><a href=\"gone.html\" id=g>g</a><A HREF=x&amp;y.html>c</A>"
        let rewritten = PrintDocument.rewritingLinks(in: html) { url in
            seen.append(url)
            switch url {
            case "beta.html#it's": return "#it's"
            case "x&y.html": return "#x&y"
            default: return nil
            }
        }
        #expect(seen == ["beta.html#it's", "gone.html", "x&y.html"])
        #expect(rewritten == "<a class=k href=\"#it&#39;s\">b</a><a id=g>g</a><A href=\"#x&amp;y\">c</A>")
    }

    @Test func commentedLinksAreLeftAlone() {
        let html = "<!-- <a href=\"missing.html\"> --><script>'<a href=\"missing.html\">'</script>"
        #expect(PrintDocument.rewritingLinks(in: html) { _ in nil } == html)
    }

    @Test func relinkingFindsElementsWhoseIdsNeedEscaping() {
        var document = PrintDocument(slugs: ["alpha", "beta"])
        document.append(slug: "alpha", title: "Alpha", articleHTML: "<h2 id=\"it's\">A</h2><a href=\"beta.html#it&#x27;s\">a</a>"
                            + "<a href=\"print.html#it&#39;s\">p</a><a href=\"print.html#nowhere\">n</a>", isTheme: true)
        let html = document.relinkedSections(generated: [])[0].html
        #expect(html == "<h3 id=\"it's\">A</h3><a href=\"#it&#39;s\">a</a><a href=\"#it&#39;s\">p</a><a>n</a>")
    }

    @Test func linksWrittenAnotherWayStillLeadToTheirPageOrFile() {
        var document = PrintDocument(slugs: ["alpha", "beta"])
        document.append(slug: "alpha", title: "Alpha", articleHTML: "<a href=\"./beta.html\">b</a><a href=\"x/../beta.html?v=2\">q</a>"
                            + "<a href=\"data/figures.csv?v=1\">csv</a><a href=\"./data/figures.json\">json</a>", isTheme: true)
        let html = document.relinkedSections(generated: ["data/figures.csv", "data/figures.json"])[0].html
        #expect(html == "<a href=\"#page-beta\">b</a><a href=\"#page-beta\">q</a>"
                + "<a href=\"data/figures.csv?v=1\">csv</a><a href=\"./data/figures.json\">json</a>")
    }

    @Test func markdownLinkWithAnApostropheSurvivesInPrint() throws {
        let site = try TestSupport.temporaryFolder("almanac-print-links")
        let content = site.appendingPathComponent("content")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        try TestSupport.write("""
            ---
            title: Introduction
            order: 1
            ---

            Read [O'Brien's notes](https://example.org/o'brien?a=1&b=2) and [the beta theme](beta.html#top's).
            """, to: content.appendingPathComponent("pages/introduction.md"))
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: site.appendingPathComponent("out").path),
                                       write: false)
        let print = String(decoding: try #require(result.files.first { $0.path == "print.html" }).bytes, as: UTF8.self)
        let page = String(decoding: try #require(result.files.first { $0.path == "introduction.html" }).bytes, as: UTF8.self)
        #expect(page.contains("href=\"https://example.org/o&#x27;brien?a=1&amp;b=2\""))
        #expect(print.contains("href=\"https://example.org/o&#x27;brien?a=1&amp;b=2\""))
        #expect(!print.contains("&amp;#x27;") && !print.contains("&amp;amp;"))
        // The page link becomes the theme's anchor in print; the missing id is reported once, where it was written.
        #expect(print.contains("<a href=\"#page-beta\">the beta theme</a>"))
        #expect(result.diagnostics.filter { $0.message.contains("broken link") }.map(\.description) == [
            "\(content.path)/pages/introduction.md:6:65: error: broken link \"beta.html#top's\": no element with id \"top's\" in beta.html",
        ])
    }
}
