import Testing
import Yams
@testable import AlmanacCore

/// The parse stage: front matter, typed YAML fields, dates and ids.
@Suite struct ParseTests {
    private func fields(_ yaml: String, required: [String] = [], optional: [String],
                        _ diagnostics: inout Diagnostics) -> YAMLFields? {
        guard let document = YAMLDocument.parse(yaml, path: "t.yaml", maxNodes: 1000, diagnostics: &diagnostics) else { return nil }
        return YAMLFields(document.root, in: document, what: "test", required: required, optional: optional,
                          diagnostics: &diagnostics)
    }

    @Test func norwayValuesStayText() throws {
        var diagnostics = Diagnostics()
        let reader = try #require(fields("a: NO\nb: yes\nc: 012\nd: 1:30\n", optional: ["a", "b", "c", "d"], &diagnostics))
        #expect(reader.text("a", diagnostics: &diagnostics) == "NO")
        #expect(reader.text("b", diagnostics: &diagnostics) == "yes")
        #expect(reader.text("c", diagnostics: &diagnostics) == "012")
        #expect(reader.text("d", diagnostics: &diagnostics) == "1:30")
        #expect(diagnostics.all.isEmpty)
    }

    @Test func numbersAndFlagsAreStrict() throws {
        var diagnostics = Diagnostics()
        let reader = try #require(fields("a: 012\nb: -3\nc: 101\nd: yes\ne: 42\n", optional: ["a", "b", "c", "d", "e"], &diagnostics))
        #expect(reader.count("a", diagnostics: &diagnostics) == nil)
        #expect(reader.count("b", diagnostics: &diagnostics) == nil)
        #expect(reader.percent("c", diagnostics: &diagnostics) == nil)
        #expect(reader.flag("d", diagnostics: &diagnostics) == nil)
        #expect(reader.count("e", diagnostics: &diagnostics) == 42)
        #expect(diagnostics.sorted.map(\.description) == [
            "t.yaml:1:4: error: \"a\" must be written without a leading zero, not \"012\"",
            "t.yaml:2:4: error: \"b\" must not be negative (-3)",
            "t.yaml:3:4: error: \"c\" is a percentage and must be at most 100, not 101",
            "t.yaml:4:4: error: \"d\" must be true or false, not \"yes\"",
        ])
    }

    @Test func unknownAndMissingFieldsAreReported() {
        var diagnostics = Diagnostics()
        _ = fields("titel: x\n", required: ["title"], optional: [], &diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [
            "t.yaml:1:1: error: test is missing required field \"title\"",
            "t.yaml:1:1: error: unknown field \"titel\" in test (did you mean \"title\"?)",
        ])
    }

    @Test func duplicateKeysAndAliasesAreRefused() {
        var diagnostics = Diagnostics()
        _ = fields("a: 1\na: 2\n", optional: ["a"], &diagnostics)
        #expect(diagnostics.all.first?.message.contains("duplicate key \"a\"") == true)
        var aliasDiagnostics = Diagnostics()
        _ = fields("a: &x [1, 2]\nb: *x\n", optional: ["a", "b"], &aliasDiagnostics)
        #expect(aliasDiagnostics.all.map(\.description) == [
            "t.yaml:1:4: error: YAML anchors and aliases are not allowed (write the value out in full)"])
    }

    @Test func aliasBombFailsQuickly() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        var diagnostics = Diagnostics()
        let document = YAMLDocument.parse(yaml, path: "bomb.yaml", maxNodes: 1000, diagnostics: &diagnostics)
        #expect(document == nil)
        #expect(diagnostics.hasErrors)
    }

    /// `YAMLDocument` skips its node walk for text with no `&`, `*` or `!` when 3 × bytes + 3 is within the node
    /// limit: that bound must hold for the densest YAML there is (empty values after indicators, nested flows).
    @Test func yamlWithoutAnchorsHasAtMostThreeNodesPerByte() throws {
        func nodes(_ node: Yams.Node) -> Int {
            switch node {
            case .scalar, .alias: return 1
            case .sequence(let items): return 1 + items.reduce(0) { $0 + nodes($1) }
            case .mapping(let pairs): return 1 + pairs.reduce(0) { $0 + nodes($1.key) + nodes($1.value) }
            }
        }
        let dense = [String(repeating: "-\n", count: 200), String(repeating: "- ", count: 50) + "\n", "? \n", "[" + String(repeating: "[", count: 40) + String(repeating: "]", count: 41),
                     "{" + (0..<60).map { "k\($0)" }.joined(separator: ",") + "}", (0..<60).map { "k\($0):\n" }.joined(),
                     "[" + String(repeating: "a,", count: 100) + "a]", "- [" + String(repeating: "{a: },", count: 30) + "]\n", "?\n: \n"]
        for text in dense {
            guard let root = try Yams.Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() else { continue }
            #expect(nodes(root) <= 3 * text.utf8.count + 3, "\(text.prefix(20)): \(nodes(root)) nodes in \(text.utf8.count) bytes")
        }
        // Over the limit by that bound, the walk runs and counts.
        var diagnostics = Diagnostics()
        #expect(YAMLDocument.parse(String(repeating: "- a\n", count: 40), path: "t.yaml", maxNodes: 30, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.first?.message == "YAML document has more than 30 nodes")
    }

    @Test func frontMatterKeepsLineNumbers() throws {
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "t.md", relativePath: "themes/03-x.md", text: "---\ntitle: A\n---\n\nBody\n")
        let split = try #require(FrontMatter.split(file, diagnostics: &diagnostics))
        #expect(split.yaml == "title: A")
        #expect(split.body.firstLine == 4)
        #expect(split.body.text == "\nBody\n")
        // Non-ASCII text on both sides of the fences, and a file that ends at the closing fence.
        let accents = SourceFile(path: "t.md", relativePath: "t.md", text: "---\ntitle: Café – ü\n---\n\nRésumé é\u{301}\n")
        let accented = try #require(FrontMatter.split(accents, diagnostics: &diagnostics))
        #expect(accented.yaml == "title: Café – ü" && accented.body.text == "\nRésumé é\u{301}\n")
        let ends = try #require(FrontMatter.split(SourceFile(path: "t.md", relativePath: "t.md", text: "---\na: b\n---"),
                                                  diagnostics: &diagnostics))
        #expect(ends.yaml == "a: b" && ends.body.text == "")
        let empty = try #require(FrontMatter.split(SourceFile(path: "t.md", relativePath: "t.md", text: "---\n---\nx"),
                                                   diagnostics: &diagnostics))
        #expect(empty.yaml == "" && empty.body.text == "x")
    }

    /// Slugs from file names, on the ASCII fast path and through Characters for any other name.
    @Test(arguments: [("themes/03-care-matters.md", "care-matters"), ("care.md", "care"), ("01-", ""), ("01", "01"),
                      (".md", ""), ("a/b/12-x.y.md", "x.y"), ("", ""), ("themes/", "themes"), ("x.MD", "x.MD"),
                      ("7-é.md", "é"), ("themes/01-\u{301}a.md", "01-\u{301}a"), ("1\u{301}-a.md", "1\u{301}-a"),
                      ("x.m\u{301}d", "x.m\u{301}d"), ("Ünïcode/02-über.md", "über")])
    func slugsFromFileNames(_ path: String, _ slug: String) {
        #expect(FrontMatter.slug(fromFileName: path) == slug)
    }

    @Test func unclosedFrontMatterIsAnError() {
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "t.md", relativePath: "t.md", text: "---\ntitle: A\n")
        #expect(FrontMatter.split(file, diagnostics: &diagnostics) == nil)
        #expect(diagnostics.all.first?.message.contains("not closed") == true)
    }

    @Test func partialDates() {
        #expect(PartialDate("2009-09")?.longForm == "September 2009")
        #expect(PartialDate("2009-11-24")?.longForm == "24 November 2009")
        #expect(PartialDate("2009-02-30") == nil)
        #expect(PartialDate("09-2009") == nil)
    }

    @Test func emptyValuesAreBlankOrAPlainNull() {
        for empty in ["", " ", "~", "null", "Null", "NULL", " null ", "\tNULL", "\u{A0}"] {
            #expect(ScalarReading.isEmpty(empty, plain: true), "\(empty.debugDescription)")
        }
        for value in ["a", "nul", "nulls", "nULL", "~~", "0", " x ", "e\u{301}", "null\u{301}"] {
            #expect(!ScalarReading.isEmpty(value, plain: true), "\(value.debugDescription)")
        }
        #expect(!ScalarReading.isEmpty("null", plain: false) && ScalarReading.isEmpty("  ", plain: false))
    }

    @Test func identifiers() {
        #expect(Identifier.isValid("care-matters"))
        #expect(!Identifier.isValid("../etc"))
        #expect(!Identifier.isValid("Care"))
        #expect(!Identifier.isValid("a/b"))
        #expect(Identifier.isValid("a_1") && Identifier.isValid(String(repeating: "a", count: 64)))
        #expect(!Identifier.isValid(String(repeating: "a", count: 65)))
        for invalid in ["", "-a", "_a", "café", "e\u{301}", "a b", "a\r\nb", "ａ", "a.b"] {
            #expect(!Identifier.isValid(invalid), "\(invalid.debugDescription)")
        }
    }

    @Test func parseCacheReusesUnchangedFilesAndRereadsEditedOnes() throws {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        let options = TestSupport.options(content: content.path, output: work.appendingPathComponent("out").path)
        let cache = ParseCache()
        let first = BuildPipeline.run(options, write: false, cache: cache)
        #expect(first.succeeded)
        #expect(cache.hits == 0)
        let second = BuildPipeline.run(options, write: false, cache: cache)
        #expect(second.files == first.files)
        let fileCount = cache.hits
        #expect(fileCount > 3)
        let theme = content.appendingPathComponent("themes/01-alpha.md")
        let text = try String(contentsOf: theme, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "title: Alpha Theme", with: "title: Alpha Renamed"), to: theme)
        let edited = BuildPipeline.run(options, write: false, cache: cache)
        #expect(cache.hits == fileCount * 2 - 1, "only the edited theme is parsed again")
        #expect(edited.files == BuildPipeline.run(options, write: false).files)
        #expect(edited.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Alpha Renamed") })
    }

    @Test func crossFileChecksAreReusedOnlyWhileNothingButBodiesChanged() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let cache = ParseCache()
        let run = { () -> BuildResult in
            let cached = BuildPipeline.run(options, write: false, cache: cache)
            #expect(cached.diagnostics.map(\.description) == BuildPipeline.run(options, write: false).diagnostics.map(\.description))
            return cached
        }
        _ = run()
        #expect(cache.crossFileChecks.reused == 0)
        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        let text = try String(contentsOf: alpha, encoding: .utf8)
        try TestSupport.write(text + "\nA new closing line.\n", to: alpha)
        _ = run()
        #expect(cache.crossFileChecks.reused == 1, "a body edit keeps the checks")
        #expect(cache.strings.reused == 1, "and the strings")
        // The front matter now names an organisation nobody registered: checked again, and reported.
        try TestSupport.write(text.replacingOccurrences(of: "  - authority: b1", with: "  - authority: nobody"), to: alpha)
        let broken = run()
        #expect(cache.crossFileChecks.reused == 1)
        #expect(broken.diagnostics.contains { $0.message.contains("unknown organisation id \"nobody\"") })
        // Put back as it was: the key differs from the one kept (the broken one), so checked again.
        try TestSupport.write(text, to: alpha)
        _ = run()
        #expect(cache.crossFileChecks.reused == 1)
    }

    @Test func stringsAreMadeAgainWhenTheWordingChanges() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let (parse, render) = (ParseCache(), RenderCache())
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(parse.strings.reused == 1)
        let wording = content.appendingPathComponent("wording.yaml")
        try TestSupport.write(try String(contentsOf: wording, encoding: .utf8) + "\nnav.print: Whole report to print\n", to: wording)
        let changed = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(parse.strings.reused == 1)
        #expect(changed.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Whole report to print") })
    }
}
