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
}
