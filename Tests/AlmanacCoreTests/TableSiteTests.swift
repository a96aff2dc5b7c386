import Foundation
import Testing
@testable import AlmanacCore

/// Tables and the refused Markdown in a whole build: figures in cells, ids on the print page, located warnings.
@Suite struct TableSiteTests {
    /// The small site with `lines` added to the end of the Alpha theme (15 lines long, so the first added line is 16).
    static func build(appendingToAlpha lines: String) throws -> (result: BuildResult, output: URL) {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        try TestSupport.write(try String(contentsOf: alpha, encoding: .utf8) + lines, to: alpha)
        return (BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true), output)
    }

    static func located(_ result: BuildResult) -> [String] {
        result.diagnostics.map(\.description).filter { $0.contains("01-alpha.md") }.map {
            String($0[$0.range(of: "themes/01-alpha.md")!.lowerBound...])
        }
    }

    @Test func aThemeTableShowsItsFiguresInTheirCells() throws {
        let (result, output) = try Self.build(appendingToAlpha: """

            ```table
            caption: Alpha at a glance, {{round.themes}} themes in all
            Measure,Value,Note
            Delegates,{{theme.delegates}},"counted once, at the door"
            Attended,{{theme.pct_attended}},{{theme.events}} event
            ```

            """)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(Self.located(result).isEmpty, "\(result.diagnostics)")
        let alpha = try String(contentsOf: output.appendingPathComponent("alpha.html"), encoding: .utf8)
        let id = "table-themes-01-alpha-1"
        #expect(alpha.contains("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">"))
        #expect(alpha.contains("<caption id=\"\(id)\">Alpha at a glance, 2 themes in all</caption>"))
        #expect(alpha.contains("<tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Note</th></tr>"))
        #expect(alpha.contains("<tr><th scope=\"row\">Delegates</th><td class=\"num\">40</td><td>counted once, at the door</td></tr>"))
        #expect(alpha.contains("<tr><th scope=\"row\">Attended</th><td class=\"num\">50%</td><td>1 event</td></tr>"))
        let print = try String(contentsOf: output.appendingPathComponent("print.html"), encoding: .utf8)
        #expect(print.components(separatedBy: "id=\"\(id)\"").count == 2, "one caption with this id on the print page")
    }

    @Test func tableErrorsAndWarningsAreLocatedInTheThemeFile() throws {
        let (result, _) = try Self.build(appendingToAlpha: """

            ```table
            Measure,Value
            Delegates,{{theme.delegates}},extra
            ```

              ```table
              caption: Open
              A,B
              x,"never closed
              ```

            """)
        #expect(!result.succeeded)
        #expect(Set(Self.located(result)) == [
            "themes/01-alpha.md:18:1: warning: table has no caption: write a first line \"caption: …\" (screen-reader users find tables by their captions)",
            "themes/01-alpha.md:19:1: error: table row has 3 cells but the header has 2: quote a cell that holds a comma",
            "themes/01-alpha.md:25:5: error: quoted field is not closed: add the closing \" (a quote inside a field is written \"\")",
        ])
    }

    @Test func pipeTablesAndFootnotesAreWarningsAtTheirPlace() throws {
        let (result, _) = try Self.build(appendingToAlpha: """

            | Theme | Delegates |
            |-------|----------:|
            | Alpha | {{theme.delegates}} |

            Most came twice.[^1]

            [^1]: From the sign-in sheets.

            ```
            | not | a table |
            |-----|---------|
            ```

            """)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(Self.located(result) == [
            "themes/01-alpha.md:17:1: warning: \(UnsupportedMarkdown.pipeTable)",
            "themes/01-alpha.md:21:17: warning: \(UnsupportedMarkdown.footnote)",
            "themes/01-alpha.md:23:1: warning: \(UnsupportedMarkdown.footnote)",
        ])
    }
}
