import Testing
@testable import AlmanacCore

/// Pipe tables and footnotes are not CommonMark: a warning where each is written says what to write instead.
@Suite struct UnsupportedMarkdownTests {
    let quote: MarkdownRenderer.QuoteRenderer = { body, _ in body }

    @Test func aPipeTableIsAWarningAtItsHeaderRow() {
        let output = MarkdownRenderer.render("Text.\n\n| a | b |\n|---|:--:|\n| 1 | 2 |\n", quote: quote)
        #expect(output.warnings.count == 1)
        #expect(output.warnings.first?.message == UnsupportedMarkdown.pipeTable)
        #expect(output.warnings.map { [$0.line, $0.column] } == [[3, 1]])
    }

    @Test func aPipeTableWithoutOuterPipesOrInAQuoteIsFound() {
        #expect(MarkdownRenderer.render("a | b\n--- | ---\n", quote: quote).warnings.count == 1)
        let quoted = MarkdownRenderer.render("> | a | b |\n> |---|---|\n", quote: quote)
        #expect(quoted.warnings.map { [$0.line, $0.column] } == [[1, 3]])
    }

    @Test func aPipeInProseOrASetextHeadingIsNotATable() {
        #expect(MarkdownRenderer.render("Either a | b.\n\nTitle | x\n---\n", quote: quote).warnings.isEmpty)
    }

    @Test func footnoteReferencesAndDefinitionsAreWarnings() {
        let output = MarkdownRenderer.render("A claim.[^1] More.\n\n[^1]: The source.\n", quote: quote)
        #expect(output.warnings.map(\.message) == [UnsupportedMarkdown.footnote, UnsupportedMarkdown.footnote])
        #expect(output.warnings.map(\.line) == [1, 3])
        #expect(output.warnings.map(\.column) == [9, 1])
    }

    @Test func nothingIsReportedInsideCode() {
        let markdown = "```\n| a | b |\n|---|---|\n[^1]\n```\n\n    [^2]: x\n\nSee `[^3]` here.\n"
        #expect(MarkdownRenderer.render(markdown, quote: quote).warnings.isEmpty)
    }

    @Test func ordinaryBracketsAndLinksAreNotFootnotes() {
        #expect(MarkdownRenderer.render("[a link](https://example.org) and [^ spaced] and [x]^2 and [^up](https://example.org)\n", quote: quote).warnings.isEmpty)
    }

    @Test func warningsReachThePageAtTheAuthorsColumn() {
        var figures = FigureTable()
        figures.add(Figure(name: "round.interactions", value: 421, unit: .count, rule: "r", source: "s"))
        var markdown = PageMarkdown(figures: figures, strings: TestSupport.strings(), quote: quote)
        let source = MarkdownSource(text: "Text.\n\n{{round.interactions}} visits.[^1]\n", path: "p.md", firstLine: 5)
        _ = markdown.html(source, themeSlug: nil)
        #expect(markdown.diagnostics.all.map(\.description) == ["p.md:7:31: warning: \(UnsupportedMarkdown.footnote)"])
    }
}
