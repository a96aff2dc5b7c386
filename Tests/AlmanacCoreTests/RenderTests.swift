import Testing
@testable import AlmanacCore

/// The render stage: template checking and figure references in prose.
@Suite struct RenderTests {
    private func check(_ templates: [String: String], _ value: TemplateValue) -> [String] {
        let sources = Dictionary(uniqueKeysWithValues: templates.map { name, text in
            (name, SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: text))
        })
        return TemplateChecker(sources: sources).check(template: "main", with: value).map(\.description)
    }

    @Test func unknownVariableIsAnError() {
        let value = TemplateValue.object(["title": .text("T")])
        #expect(check(["main": "<h1>{{title}}</h1>\n{{titel}}"], value) == [
            "main.mustache:2:1: error: unknown template variable \"titel\" (did you mean \"title\"?)"])
    }

    @Test func unknownPartialIsAnError() {
        #expect(check(["main": "{{> footer}}"], .object([:])) == ["main.mustache:1:1: error: unknown partial \"footer\""])
    }

    @Test func namesInsideListsAreCheckedAgainstTheirItems() {
        let value = TemplateValue.object(["items": .list([.object(["name": .text("a")]), .object(["name": .text("b")])])])
        #expect(check(["main": "{{#items}}{{name}}{{/items}}"], value).isEmpty)
        #expect(check(["main": "{{#items}}{{nme}}{{/items}}"], value).count == 1)
    }

    @Test func htmlMustBeTripleAndTextMustNot() {
        let value = TemplateValue.object(["body": .html("<p>x</p>"), "title": .text("<T>")])
        #expect(check(["main": "{{body}}{{{title}}}"], value).count == 2)
        #expect(check(["main": "{{{body}}}{{title}}"], value).isEmpty)
    }

    @Test func partialsAndInheritanceAreChecked() {
        let templates = ["main": "{{<layout}}{{$content}}{{title}}{{/content}}{{/layout}}",
                         "layout": "<main>{{$content}}{{/content}}</main>{{footer}}"]
        #expect(check(templates, .object(["title": .text("T")])) == ["layout.mustache:1:38: error: unknown template variable \"footer\""])
    }

    @Test func figureReferencesAreReplacedOrLocated() {
        var table = FigureTable()
        table.add(Figure(name: "round.interactions", value: 421, unit: .count, rule: "r", source: "s"))
        table.add(Figure(name: "theme.care.pct_attended", value: 12, unit: .percent, rule: "r", source: "s"))
        var diagnostics = Diagnostics()
        let source = MarkdownSource(text: "We had {{round.interactions}} and {{ theme.pct_attended }}.\nThen {{round.interaction}}.",
                                    path: "t.md", firstLine: 5)
        var substituted = FigureReferences.substitute(in: source, figures: table, themeSlug: "care", diagnostics: &diagnostics)
        #expect(substituted.text.hasPrefix("We had 421 and 12%.\n"))
        // "." after the second figure is byte 19 of the substituted line and column 59 of the author's.
        #expect(substituted.originalColumn(line: 1, byteColumn: 19, in: source) == 59)
        #expect(substituted.originalColumn(line: 1, byteColumn: 3, in: source) == 3)
        #expect(diagnostics.all.map(\.description) == [
            "t.md:6:6: error: unknown figure \"round.interaction\" (did you mean \"round.interactions\"?)"])
    }

    @Test func csvFieldsAreQuotedAndFormulaSafe() {
        #expect(FigureExport.csvField("a,b") == "\"a,b\"")
        #expect(FigureExport.csvField("=SUM(A1)") == "'=SUM(A1)")
        #expect(FigureExport.csvField("-5") == "-5")
    }
}
