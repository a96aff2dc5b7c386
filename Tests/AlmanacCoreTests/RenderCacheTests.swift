@testable import AlmanacCore
import Foundation
import Testing

/// A preview re-renders only the pages a save can change, and what it publishes equals a full build byte for byte.
@Suite struct RenderCacheTests {
    /// Every file of a build, by path.
    static func files(_ result: BuildResult) -> [String: [UInt8]] {
        Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    /// Builds the site as `almanac serve` does (with both caches), then as a fresh `almanac build`, and checks both agree.
    static func rebuild(_ options: BuildOptions, parse: ParseCache, render: RenderCache) throws -> BuildResult {
        let cached = BuildPipeline.run(options, write: false, cache: parse, renderCache: render)
        let fresh = BuildPipeline.run(options, write: false)
        #expect(files(cached) == files(fresh))
        #expect(cached.diagnostics.map(\.description) == fresh.diagnostics.map(\.description))
        return cached
    }

    @Test func savingOneBodyRendersOnlyThatPageAndTheRestAreReused() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let (parse, render) = (ParseCache(), RenderCache())
        let first = try Self.rebuild(options, parse: parse, render: render)
        #expect(first.succeeded)
        let pages = render.rendered
        #expect(pages >= 6 && render.reused == 0)

        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        let text = try String(contentsOf: alpha, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "took part & learned.", with: "took part, and learned a lot."), to: alpha)
        let second = try Self.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == 1 && render.reused == pages - 1)
        let page = try #require(second.files.first { $0.path == "alpha.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("took part, and learned a lot."))
        // The print version holds the new text too: it is assembled from every page's article on each build.
        let print = try #require(second.files.first { $0.path == "print.html" })
        #expect(String(decoding: print.bytes, as: UTF8.self).contains("took part, and learned a lot."))

        _ = try Self.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == 0 && render.reused == pages)
    }

    @Test func frontMatterTemplatesAndRecordsRenderEveryPageAgain() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let templates = try TestSupport.temporaryFolder().appendingPathComponent("templates")
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        let options = TestSupport.options(content: content.path, output: output.path, templates: templates.path)
        let (parse, render) = (ParseCache(), RenderCache())
        _ = try Self.rebuild(options, parse: parse, render: render)
        let pages = render.rendered

        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        let text = try String(contentsOf: alpha, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "title: Alpha Theme", with: "title: Alpha Theme Renamed"), to: alpha)
        let renamed = try Self.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == pages && render.reused == 0)
        // Another page's previous/next link and the contents carry the new title.
        #expect(renamed.files.contains { $0.path != "alpha.html" && String(decoding: $0.bytes, as: UTF8.self).contains("Alpha Theme Renamed") })

        let layout = templates.appendingPathComponent("layout.mustache")
        try TestSupport.write(try String(contentsOf: layout, encoding: .utf8).replacingOccurrences(of: "</body>", with: "<!-- edited --></body>"), to: layout)
        _ = try Self.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == pages && render.reused == 0)

        let records = try #require(FileManager.default.enumerator(atPath: content.appendingPathComponent("records").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".yaml") })
        let recordFile = content.appendingPathComponent("records").appendingPathComponent(records)
        try TestSupport.write(try String(contentsOf: recordFile, encoding: .utf8) + "\n# a comment changes no figure but is content\n", to: recordFile)
        _ = try Self.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == pages && render.reused == 0)
    }
}
