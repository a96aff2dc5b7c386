import Testing
@testable import AlmanacCore

/// Pages whose templates could render without bound (nested list sections, fanned-out partials) are refused
/// before swift-mustache renders them, at the tag that makes them too large.
@Suite struct TemplateCostTests {
    private func render(_ templates: [String: String], _ value: TemplateValue) -> (String?, [String]) {
        var files = TemplateFiles(root: "t")
        for name in TemplateSet.pageTemplates {
            files.templates[name] = SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: "x")
        }
        for (name, text) in templates {
            files.templates[name] = SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: text)
        }
        var diagnostics = Diagnostics()
        let set = TemplateSet(files, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        let html = set?.render("main", value, page: "index.html", diagnostics: &diagnostics)
        return (html, diagnostics.all.map(\.description))
    }

    private func nav(_ count: Int) -> TemplateValue {
        .object(["nav": .list((0..<count).map { .object(["title": .text("Page \($0)")]) })])
    }

    private func nested(_ depth: Int, _ body: String) -> String {
        String(repeating: "{{#nav}}", count: depth) + body + String(repeating: "{{/nav}}", count: depth)
    }

    @Test func nestedSectionsOverAListAreRefusedWithoutRenderingThem() {
        // 17⁸ passes: swift-mustache would run for about an hour; the estimate walks each section once.
        let (html, problems) = render(["main": nested(8, ".")], nav(17))
        #expect(html == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("main.mustache:1:9: error: page \"index.html\" could render 831.5 MiB or more by this section") == true)
        #expect(problems.first?.contains("over the 64.0 MiB limit for one page") == true)
    }

    @Test func partialsFannedOutBelowTheIncludeLimitAreRefusedByTheirOutput() {
        var templates = ["main": "{{>e0}}", "e4": String(repeating: "x", count: 20_000)]
        for level in 0..<4 { templates["e\(level)"] = "\n" + String(repeating: "{{>e\(level + 1)}}", count: 9) }
        let (html, problems) = render(templates, nav(1))
        #expect(html == nil)
        #expect(problems.map { $0.prefix(64) } == ["e0.mustache:2:29: error: page \"index.html\" could render 69.5 MiB"])
    }

    @Test func aLongListAndAFewNestedSectionsStillRender() {
        let (html, problems) = render(["main": "{{#nav}}<li>{{title}}</li>{{/nav}}"], nav(10_000))
        #expect(problems.isEmpty)
        let titles: Int = (0..<10_000).map { "Page \($0)".utf8.count }.reduce(0, +)
        #expect(html?.utf8.count == 10_000 * 9 + titles)
        #expect(render(["main": nested(4, "{{title}}")], nav(17)).1.isEmpty)
    }

    @Test func aListOfOneLongItemAndManyShortOnesIsBoundedByItsSumNotCountTimesLongest() {
        // The print version: one 1 MiB article (the figures page) among 200 short ones is not 200 MiB.
        let articles = [String(repeating: "f", count: 1 << 20)] + (1..<200).map { "article \($0)" }
        let value = TemplateValue.object(["sections": .list(articles.map { .object(["html": .html($0), "wide": .flag($0.count > 100)]) })])
        let (html, problems) = render(["main": "{{#sections}}<div{{#wide}} class=\"w\"{{/wide}}>{{{html}}}</div>{{/sections}}"], value)
        #expect(problems.isEmpty)
        let articleBytes: Int = articles.map(\.utf8.count).reduce(0, +)
        let markupBytes: Int = 200 * "<div></div>".utf8.count + " class=\"w\"".utf8.count
        #expect(html?.utf8.count == articleBytes + markupBytes)
        // Nested lists still multiply: each item of a long list holding the long list again is refused.
        let long = TemplateValue.list((0..<100).map { _ in .object(["html": .html(String(repeating: "x", count: 10_000))]) })
        let (refused, nestedProblems) = render(["main": "{{#a}}{{#a}}{{{html}}}{{/a}}{{/a}}"], .object(["a": long]))
        #expect(refused == nil)
        #expect(nestedProblems.first?.contains("over the 64.0 MiB limit for one page") == true)
    }

    @Test func theBoundCoversEscapingIndentationAndEveryPass() {
        let cost = { (templates: [String: String], value: TemplateValue) -> Int in
            let sources = templates.mapValues { SourceFile(path: "t", relativePath: "t", text: $0) }
            let tags = sources.mapValues(TemplateTag.scan)
            let checker = TemplateChecker(sources: sources, tagsByName: tags)
            return TemplateCost(sources: sources, tagsByName: tags, overridesByParent: checker.overridesByParent)
                .bound(template: "main", with: value)
        }
        let quote = TemplateValue.object(["q": .text("\"\"")])
        #expect(cost(["main": "ab{{q}}"], quote) == 2 + 1 + 12)
        #expect(cost(["main": "ab{{{q}}}"], quote) == 2 + 1 + 2)
        // Two passes of "<li>" and the section after it, which renders nothing: each tag and pass counts one.
        let passes: Int = 1 + 2 * (4 + 1 + 1)
        #expect(cost(["main": "{{#nav}}<li>{{#none}}{{/none}}{{/nav}}"], nav(2)) == passes)
        let indented: Int = 4 + 1 + 5 * 4 + 1
        #expect(cost(["main": "    {{>p}}\n", "p": "a\nb\n"], quote) == indented)
    }

    @Test func aPageIsRenderedStraightAwayAndBoundedOnlyPastItsLimits() throws {
        // A page longer in steps than the limit before bounding is bounded, found small enough, and rendered whole.
        let items = TemplateSet.stepsBeforeBounding / 2 + 1
        let long = TemplateValue.object(["nav": .list(Array(repeating: .object([:]), count: items))])
        let (html, problems) = render(["main": "{{#nav}}x{{/nav}}"], long)
        #expect(problems.isEmpty)
        #expect(html?.utf8.count == items)
        // The renderer itself stops at either limit: one step for the section, then per item a pass and 3 nodes.
        let compiled = try CompiledTemplate(TemplateCharacters("{{#nav}}<li>{{title}}</li>{{/nav}}"))
        let renderer = TemplateRenderer(templates: ["main": compiled])
        let whole = try #require(renderer.render("main", nav(100)))
        #expect(renderer.render("main", nav(100), steps: 401) == whole)
        #expect(renderer.render("main", nav(100), steps: 400) == nil)
        #expect(renderer.render("main", nav(100), bytes: whole.utf8.count + 401) == whole)
        #expect(renderer.render("main", nav(100), bytes: whole.utf8.count + 400) == nil)
    }
}
