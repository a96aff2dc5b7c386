import Foundation
import Testing
@testable import AlmanacCore

/// Text from YAML is escaped wherever templates print it: a `<script>` in a title stays text.
@Suite struct EscapingTests {
    @Test func scriptInYAMLTextIsNeutralised() throws {
        let site = try TestSupport.temporaryFolder()
        let content = site.appendingPathComponent("content")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        let theme = content.appendingPathComponent("themes/01-alpha.md")
        let text = try String(contentsOf: theme, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "title: Alpha Theme", with: "title: \"<script>alert(1)</script> Alpha\"")
            .replacingOccurrences(of: "summary: The first theme.", with: "summary: \"<a href=javascript:alert(1)>x</a>\""),
            to: theme)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: site.appendingPathComponent("out").path),
                                       write: false)
        #expect(result.succeeded, "\(result.diagnostics)")
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(!html.contains("<script>alert(1)"), "\(file.path)")
            #expect(!html.contains("<a href=javascript:"), "\(file.path)")
        }
        let alpha = try #require(result.files.first { $0.path == "alpha.html" })
        #expect(String(decoding: alpha.bytes, as: UTF8.self).contains("&lt;script&gt;alert(1)&lt;/script&gt; Alpha"))
    }

    @Test func escaperCoversTheFiveCharactersAndControlCharacters() {
        #expect(HTMLEscaping.escape("plain text, unchanged") == "plain text, unchanged")
        #expect(HTMLEscaping.escape("") == "")
        #expect(HTMLEscaping.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c")
        #expect(HTMLEscaping.escape("tab\tnew\nbell\u{07}end") == "tab\tnew\nbell end")
        // Byte-level: a quote followed by a combining accent is still escaped (one Character, two scalars).
        #expect(HTMLEscaping.escape("\"\u{301} café <") == "&quot;\u{301} café &lt;")
        // Runs between escaped characters, at either end and side by side; append gives the same bytes.
        for (text, escaped) in [("'a'", "&#39;a&#39;"), ("<<>>", "&lt;&lt;&gt;&gt;"), ("Beacon's \"best\" & more", "Beacon&#39;s &quot;best&quot; &amp; more")] {
            #expect(HTMLEscaping.escape(text) == escaped)
            var out = Array("x".utf8)
            HTMLEscaping.append(text, to: &out)
            #expect(out == Array(("x" + escaped).utf8))
        }
    }

    @Test func templatesEscapeVariablesWithTheSameEntities() {
        var files = TemplateFiles(root: "t")
        for name in TemplateSet.pageTemplates + ["main"] {
            files.templates[name] = SourceFile(path: "\(name).mustache", relativePath: "\(name).mustache", text: "x")
        }
        files.templates["main"]?.text = "{{title}}|{{{body}}}"
        var diagnostics = Diagnostics()
        let set = TemplateSet(files, diagnostics: &diagnostics)
        let html = set?.render("main", .object(["title": .text("<b>\"R&D\"</b>'s"), "body": .html("<p>ok</p>")]),
                               diagnostics: &diagnostics)
        #expect(html == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;&#39;s|<p>ok</p>")
    }

    @Test func byteSearchFindsPatternsAnywhere() {
        let text = "héllo {{ figure }} and }} {{"
        let range = text[...].utf8Range(of: "{{")
        #expect(range.map { String(text[$0]) } == "{{")
        #expect(range.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == 7)
        #expect(text[...].utf8Range(of: "}} {") != nil)
        #expect(text[...].utf8Range(of: "{{{") == nil)
        #expect(text[...].utf8Range(of: "") == nil)
        #expect("ab"[...].utf8Range(of: "abc") == nil)
        let tail = text[text.index(text.startIndex, offsetBy: 9)...]
        #expect(tail.utf8Range(of: "{{").map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == 27)
        #expect(ByteSearch.count(UInt8(ascii: "{"), in: text) == 4)
    }
}
