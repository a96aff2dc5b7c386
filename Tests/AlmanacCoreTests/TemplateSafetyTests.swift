import Testing
@testable import AlmanacCore

/// What no template may do (include cycles, deep nesting, pragmas, raw objects), refused before anything renders.
@Suite struct TemplateSafetyTests {
    /// The page templates the generator needs (each "x"), plus `templates`.
    private func files(_ templates: [String: String]) -> TemplateFiles {
        var files = TemplateFiles(root: "t")
        for name in TemplateSet.pageTemplates {
            files.templates[name] = SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: "x")
        }
        for (name, text) in templates {
            files.templates[name] = SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: text)
        }
        return files
    }

    private func compile(_ templates: [String: String]) -> (TemplateSet?, [String]) {
        var diagnostics = Diagnostics()
        let set = TemplateSet(files(templates), diagnostics: &diagnostics)
        return (set, diagnostics.sorted.map(\.description))
    }

    private func check(_ main: String, _ value: TemplateValue) -> [String] {
        let (set, problems) = compile(["main": main])
        #expect(problems.isEmpty)
        var diagnostics = Diagnostics()
        _ = set?.render("main", value, diagnostics: &diagnostics)
        return diagnostics.all.map(\.description)
    }

    /// `t00` includes `t01` … up to `t<count>`, each inside `sections` nested sections.
    private func chain(_ count: Int, sections: Int = 0) -> [String: String] {
        var templates: [String: String] = [:]
        for level in 0...count {
            let include = level < count ? "{{>t\(level + 1)}}" : "end"
            templates["t\(level)"] = String(repeating: "{{#on}}", count: sections) + include
                + String(repeating: "{{/on}}", count: sections)
        }
        return templates
    }

    @Test func aPartialIncludingItselfIsRefusedWithItsChain() {
        let (set, problems) = compile(["a": "x\n{{> b}}", "b": "{{#on}}{{>c}}{{/on}}", "c": "{{<a}}{{/a}}"])
        #expect(set == nil)
        #expect(problems == ["a.mustache:2:1: error: partial \"a\" includes itself: a → b → c → a "
                             + "(a partial cannot include itself, directly or through other partials)"])
        #expect(compile(["a": "{{>a}}"]).1 == ["a.mustache:1:1: error: partial \"a\" includes itself: a → a "
                                               + "(a partial cannot include itself, directly or through other partials)"])
    }

    @Test func aBlockOverrideExpandingItselfIsRefused() {
        let layout = "<m>{{$content}}{{/content}}</m>"
        let direct = compile(["main": "{{<lay}}\n{{$content}}{{<lay}}{{/lay}}{{/content}}{{/lay}}", "lay": layout])
        #expect(direct.0 == nil)
        #expect(direct.1 == ["main.mustache:2:1: error: block \"content\" expands itself: content → content "
                             + "(an override cannot expand its own block, directly or through partials)"])
        let throughOthers = compile(["main": "{{<lay}}{{$content}}{{$side}}{{/side}}{{/content}}{{$side}}{{>inner}}{{/side}}{{/lay}}",
                                     "inner": "{{$content}}x{{/content}}", "lay": layout]).1
        #expect(throughOthers.map { $0.prefix(while: { $0 != "(" }) } == [
            "main.mustache:1:51: error: block \"content\" expands itself: content → side → content "])
        #expect(compile(["main": "{{<lay}}{{$content}}{{>inner}}{{/content}}{{/lay}}", "inner": "{{$other}}x{{/other}}",
                         "lay": layout]).1.isEmpty)
    }

    @Test func blockOverridesAreNestedAtMost8Deep() {
        func blocks(_ count: Int) -> [String: String] {
            let overrides = (0..<count).map { "{{$b\($0)}}{{$b\($0 + 1)}}{{/b\($0 + 1)}}{{/b\($0)}}" }.joined()
            return ["main": "{{<lay}}\(overrides){{/lay}}", "lay": "{{$b0}}{{/b0}}"]
        }
        #expect(compile(blocks(8)).1.isEmpty)
        #expect(compile(blocks(9)).1.map { $0.prefix(while: { $0 != ":" }) + $0.drop(while: { $0 != " " }) } == [
            "main.mustache error: block overrides are nested more than 8 deep: b0 → b1 → b2 → b3 → b4 → b5 → b6 → b7 → b8 → b9"])
    }

    @Test func includeChainsAreLimitedTo16() {
        #expect(compile(chain(16)).1.isEmpty)
        let problems = compile(chain(17)).1
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("t16.mustache:1:1: error: partials are nested 17 deep, more than 16: t0 → t1") == true)
    }

    @Test func manySharedPartialsAreCheckedQuickly() {
        // Each of 40 templates includes every later one: 2^40 paths, one pass with remembered heights.
        var templates: [String: String] = [:]
        for level in 0..<40 {
            templates[String(format: "p%02d", level)] = ((level + 1)..<40).map { String(format: "{{>p%02d}}", $0) }.joined()
        }
        let problems = compile(templates).1
        #expect(problems.count == 2)
        #expect(problems.first?.contains("nested 39 deep") == true)
        #expect(problems.last?.hasPrefix("p25.mustache:1:1: error: \"p25\" includes partials that include others more than 10000") == true)
    }

    @Test func partialsCannotMultiplyWithoutLimit() {
        let fan = String(repeating: "{{>leaf}}", count: 100)
        #expect(compile(["a": String(repeating: "{{>fan}}", count: 99), "fan": fan, "leaf": "x"]).1.isEmpty)
        #expect(compile(["a": "x\n" + String(repeating: "{{>fan}}", count: 100), "fan": fan, "leaf": "x"]).1 == [
            "a.mustache:2:1: error: \"a\" includes partials that include others more than 10000 times in all "
                + "(include partials fewer times inside one another)"])
    }

    @Test func theDeepestAllowedTemplatesRenderOnAWorkerThread() {
        let (set, problems) = compile(chain(TemplateIncludeGraph.maxDepth, sections: TemplateSafetyRules.maxSectionDepth))
        #expect(problems.isEmpty)
        let outputs = Parallel.map([0, 1]) { _ in
            var diagnostics = Diagnostics()
            return set?.render("t0", .object(["on": .flag(true)]), diagnostics: &diagnostics)
        }
        #expect(outputs == ["end", "end"])
        #expect(compile(["main": String(repeating: "{{#on}}", count: 33) + String(repeating: "{{/on}}", count: 33)]).1
            == ["main.mustache:1:225: error: sections are nested more than 32 deep (split the template into partials)"])
    }

    @Test func templatesCannotChangeHowTheyAreParsedOrWhatTheyInclude() {
        let problems = compile(["main": "{{%CONTENT_TYPE:TEXT}}{{=<% %>=}}", "other": "{{>*name}}{{> ../x}}{{<a/b}}{{/a/b}}"]).1
        #expect(problems.map { String($0.prefix(while: { $0 != "(" })) } == [
            "main.mustache:1:1: error: pragmas are not allowed in templates: \"{{% CONTENT_TYPE:TEXT }}\" ",
            "main.mustache:1:23: error: changing delimiters is not supported ",
            "other.mustache:1:1: error: dynamic partial names are not supported: \"*name\" ",
            "other.mustache:1:11: error: partial name \"../x\" is not a template name ",
            "other.mustache:1:21: error: partial name \"a/b\" is not a template name ",
        ])
    }

    @Test func sectionsAndNonHTMLValuesAreNeverPrintedRaw() {
        let value = TemplateValue.object(["report": .object(["title": .text("<T>")]), "items": .list([.text("a")]),
                                          "on": .flag(true), "body": .html("<p>b</p>")])
        #expect(check("{{report}}{{{items}}}{{&on}}{{#items}}{{{.}}}{{/items}}", value).map { $0.prefix(21) } == [
            "main.mustache:1:1: er", "main.mustache:1:11: e", "main.mustache:1:22: e", "main.mustache:1:39: e"])
        #expect(check("{{#report}}{{title}}{{/report}}{{on}}{{{body}}}{{#body}}{{{.}}}{{/body}}", value).isEmpty)
    }

    /// A name of nothing or of dots stands for the current value, as `.` does: checked, never a crash.
    @Test func emptyAndDotNamesAreTheCurrentValue() {
        let value = TemplateValue.object(["items": .list([.text("a")])])
        #expect(check("{{}}", value).map { $0.hasPrefix("main.mustache:1:1: error: \"\" is a section, not a value") } == [true])
        #expect(check("{{..}}{{ }}", value).count == 2)
        #expect(check("{{#items}}{{}}{{..}}{{/items}}{{#}}x{{/}}", value).isEmpty)
    }

    @Test func listItemsOfDifferentKindsAreCheckedAsTheStricterKind() {
        let mixed = TemplateValue.object(["items": .list([.html("<b>"), .text("<script>")]),
                                          "rows": .list([.object(["cell": .html("<i>")]), .object(["cell": .text("<script>")])]),
                                          "odd": .list([.object(["cell": .text("a")]), .text("b")])])
        #expect(check("{{#items}}{{{.}}}{{/items}}", mixed).count == 1)
        #expect(check("{{#rows}}{{{cell}}}{{/rows}}", mixed).count == 1)
        #expect(check("{{#rows}}{{cell}}{{/rows}}{{#items}}{{.}}{{/items}}", mixed).isEmpty)
        #expect(check("{{#odd}}{{.}}{{/odd}}", mixed).count == 1)
    }

    @Test func blockOverridesAreCheckedWhereTheParentRendersThem() {
        // The override renders inside the layout's {{#note}} section, where "body" is text, not the page's HTML.
        let templates = ["main": "{{<lay}}{{$content}}{{{body}}}{{/content}}{{/lay}}",
                         "lay": "{{#note}}{{$content}}{{/content}}{{/note}}"]
        let value = TemplateValue.object(["body": .html("<p>ok</p>"), "note": .object(["body": .text("<script>")])])
        let (set, problems) = compile(templates)
        #expect(problems.isEmpty)
        var diagnostics = Diagnostics()
        #expect(set?.render("main", value, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.map(\.description) == [
            "main.mustache:1:21: error: \"body\" is text and must be escaped (write {{body}})"])
    }

    @Test func tagsAreReadAsSwiftMustacheReadsThem() {
        // "}}" followed by a combining accent does not close a tag for swift-mustache, so the comment runs on.
        let source = SourceFile(path: "t", relativePath: "t", text: "{{! }}\u{301} {{{report}}} }}{{x}}")
        #expect(TemplateTag.scan(source).map(\.kind) == [.comment, .variable])
        #expect(TemplateTag.scan(source).last?.location.column == 24)
    }
}
