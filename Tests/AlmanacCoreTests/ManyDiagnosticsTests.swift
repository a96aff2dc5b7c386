import Foundation
import Testing
@testable import AlmanacCore

/// Markdown within the size caps that yields thousands of diagnostics: every one is found and placed exactly.
@Suite struct ManyDiagnosticsTests {
    /// 3,000 paragraphs "é<b>a</b>": raw HTML at scalar columns 2 and 6 (bytes 3 and 7) of every other line.
    static let paragraphs = 3_000
    static let body = String(repeating: "é<b>a</b>\n\n", count: paragraphs)

    @Test func everyRawHTMLTagIsPlacedInTheAuthorsText() {
        let source = MarkdownSource(text: Self.body, path: "t.md", firstLine: 1)
        var diagnostics = Diagnostics()
        var substituted = FigureReferences.substitute(in: source, figures: FigureTable(), themeSlug: nil, diagnostics: &diagnostics)
        let output = MarkdownRenderer.render(substituted.text, quote: { _, _ in "" })
        let places = output.problems.map { problem in
            [problem.line, substituted.originalColumn(line: problem.line, byteColumn: problem.column, in: source)]
        }
        let expected = (0..<Self.paragraphs).flatMap { paragraph in [[2 * paragraph + 1, 2], [2 * paragraph + 1, 6]] }
        #expect(places == expected)
        #expect(diagnostics.all.isEmpty)
    }

    @Test func rawHTMLOnOneLineIsPlacedInTheAuthorsText() {
        let line = String(repeating: "é<i>", count: 5_000)
        let source = MarkdownSource(text: line + "\n", path: "t.md", firstLine: 1)
        var diagnostics = Diagnostics()
        var substituted = FigureReferences.substitute(in: source, figures: FigureTable(), themeSlug: nil, diagnostics: &diagnostics)
        let output = MarkdownRenderer.render(substituted.text, quote: { _, _ in "" })
        let columns = output.problems.map { substituted.originalColumn(line: $0.line, byteColumn: $0.column, in: source) }
        #expect(columns == (0..<5_000).map { 4 * $0 + 2 })
    }

    @Test func unknownFiguresOnOneLineArePlacedAndHintedOnce() {
        var table = FigureTable()
        table.add(Figure(name: "round.interactions", value: 421, unit: .count, rule: "r", source: "s"))
        let source = MarkdownSource(text: String(repeating: "é {{round.interaction}} ", count: 2_000), path: "t.md", firstLine: 4)
        var diagnostics = Diagnostics()
        _ = FigureReferences.substitute(in: source, figures: table, themeSlug: nil, diagnostics: &diagnostics)
        #expect(diagnostics.all.map { $0.location?.column } == (0..<2_000).map { 24 * $0 + 3 })
        #expect(diagnostics.all.allSatisfy { $0.location?.line == 4 && $0.hint == "did you mean \"round.interactions\"?" })
    }
}
