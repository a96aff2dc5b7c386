import Testing
@testable import AlmanacCore

/// The cmark wrapper: safe HTML, attributed quotes, alt-text checks.
@Suite struct MarkdownTests {
    let quote: MarkdownRenderer.QuoteRenderer = { body, name in "<figure>\(body)<figcaption>\(name)</figcaption></figure>\n" }

    @Test func rendersCommonMark() {
        #expect(MarkdownRenderer.render("# Hi *there*\n", quote: quote).html == "<h1>Hi <em>there</em></h1>\n")
        #expect(MarkdownRenderer.libraryVersion.hasPrefix("0."))
    }

    @Test func rawHTMLAndScriptLinksAreNeutralised() {
        let output = MarkdownRenderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n", quote: quote)
        #expect(!output.html.contains("<script"))
        #expect(!output.html.contains("javascript:"))
        #expect(output.problems.count == 1)
    }

    @Test func attributedQuoteGoesThroughTheQuoteRenderer() {
        let output = MarkdownRenderer.render("> Words.\n>\n> — A Person\n", quote: quote)
        #expect(output.html == "<figure><p>Words.</p>\n<figcaption>A Person</figcaption></figure>\n")
    }

    @Test func plainBlockQuoteStaysABlockQuote() {
        #expect(MarkdownRenderer.render("> Words.\n", quote: quote).html == "<blockquote>\n<p>Words.</p>\n</blockquote>\n")
    }

    @Test func imageWithoutAltIsAProblem() {
        let output = MarkdownRenderer.render("Text\n\n![](chart.png)\n", quote: quote)
        #expect(output.problems.map(\.line) == [3])
    }
}
