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

    @Test func aBuildListsAHundredOfOneKindPerFileAndSumsUpTheRest() throws {
        let site = try InvalidInputTests.site(for: nil)
        let page = "---\ntitle: Introduction\norder: 1\n---\n\n" + Self.body
        try TestSupport.write(page, to: site.appendingPathComponent("content/pages/introduction.md"))
        let options = TestSupport.options(content: site.appendingPathComponent("content").path,
                                          output: site.appendingPathComponent("output").path,
                                          templates: site.appendingPathComponent("templates").path)
        let result = BuildPipeline.run(options, write: false)
        let onPage = result.diagnostics.filter { $0.location?.path.hasSuffix("content/pages/introduction.md") == true }
        #expect(onPage.map(\.problemCount).reduce(0, +) == 2 * Self.paragraphs, "the summary counts every warning found")
        #expect(result.warningCount >= 2 * Self.paragraphs)
        let rawHTML = result.diagnostics.map { $0.description.replacingOccurrences(of: site.path + "/", with: "") }
            .filter { $0.hasPrefix("content/pages/introduction.md") }
        // The body starts on line 6: paragraph p is on line 2p + 6, its tags at columns 2 and 6.
        let listed = (0..<50).flatMap { paragraph in
            [2, 6].map { "content/pages/introduction.md:\(2 * paragraph + 6):\($0): warning: raw HTML is not rendered; use Markdown instead" }
        }
        let summary = "content/pages/introduction.md:106:2: warning: … and \(2 * Self.paragraphs - 100) more like this in this file: "
            + "raw HTML is not rendered; use Markdown instead"
        #expect(rawHTML == listed + [summary])
    }

    @Test func theLimitCountsEachFileAndMessageOnItsOwn() {
        var diagnostics = Diagnostics()
        for line in 1...150 {
            diagnostics.warning("same", at: SourceLocation(path: "a.md", line: line, column: 1))
            diagnostics.warning("same", at: SourceLocation(path: "b.md", line: line, column: 1))
            diagnostics.warning("other", at: SourceLocation(path: "a.md", line: line, column: 2))
        }
        for number in 1...150 { diagnostics.error("no place \(number % 120)", at: nil) }
        let sorted = diagnostics.sorted
        #expect(sorted.filter { $0.location == nil }.count == 120, "diagnostics without a file are never summed up")
        for (path, message) in [("a.md", "same"), ("b.md", "same"), ("a.md", "other")] {
            let kind = sorted.filter { $0.location?.path == path && $0.message.hasSuffix(message) }
            #expect(kind.count == 101)
            #expect(kind.last?.message == "… and 50 more like this in this file: \(message)")
            #expect(kind.last?.location?.line == 101)
            #expect(kind.map(\.problemCount).reduce(0, +) == 150)
        }
    }
}
