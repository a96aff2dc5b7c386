@testable import AlmanacCore
import Foundation
import Testing

/// A preview joins the print version from the pieces around its sections, and what it publishes equals a full
/// build byte for byte, whatever the save changed in the document's links and ids.
@Suite struct PrintMemoTests {
    static func edit(_ file: URL, _ change: (String) -> String) throws {
        try TestSupport.write(change(try String(contentsOf: file, encoding: .utf8)), to: file)
    }

    /// The link check got the print version's links and ids joined from its pieces' and sections' scans (the one
    /// it kept is the one provided, as the joined page is a new array): the same as reading the whole page.
    static func expectJoinedScan(_ result: BuildResult, _ render: RenderCache) throws {
        let file = try #require(result.files.first { $0.path == "print.html" })
        let kept = render.links.scanners(for: [file])[0], read = HTMLScanner(bytes: file.bytes)
        #expect(kept.links == read.links && kept.ids == read.ids)
        #expect(kept.links.count > 10 && kept.ids.count > 10)
    }

    @Test func savesThatMoveIdsAndLinksJoinThePrintVersionAsAFullBuildWrites() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let (parse, render) = (ParseCache(), RenderCache())
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        let frame = try #require(render.print.currentFrame)
        #expect(frame.pieces != nil)

        let (alpha, beta) = (content.appendingPathComponent("themes/01-alpha.md"), content.appendingPathComponent("themes/02-beta.md"))
        let print = { (result: BuildResult) in
            String(decoding: try #require(result.files.first { $0.path == "print.html" }).bytes, as: UTF8.self)
        }
        // A table gives alpha's article a new id...
        try Self.edit(alpha) { $0 + "\n```table\ncaption: New part\nA,B\nx,1\n```\n" }
        let withTable = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == 1)
        try Self.expectJoinedScan(withTable, render)
        let page = String(decoding: try #require(withTable.files.first { $0.path == "alpha.html" }).bytes, as: UTF8.self)
        let id = try #require(page.components(separatedBy: "<caption id=\"").dropFirst().first?.prefix { $0 != "\"" })
        // ...which beta then links to: inside the print version the link is the fragment...
        try Self.edit(beta) { $0 + "\nSee [the new part](alpha.html#\(id)).\n" }
        let linked = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == 1)
        try Self.expectJoinedScan(linked, render)
        #expect(try print(linked).contains("href=\"#\(id)\""))
        // ...until alpha loses the table: beta's unchanged section loses the fragment too.
        try Self.edit(alpha) { String($0.prefix(upTo: $0.range(of: "\n```table")!.lowerBound)) + "\n" }
        let unlinked = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.rendered == 1)
        try Self.expectJoinedScan(unlinked, render)
        #expect(try !print(unlinked).contains("href=\"#\(id)\""))
        // The frame made by the first build was used throughout, and the link check got the page's links and
        // ids joined from its pieces' and sections' scans: the same as reading the whole page.
        #expect(render.print.currentFrame?.pieces == frame.pieces)
        #expect(frame.scans != nil)

        // An article emptied to nothing, then back.
        let text = try String(contentsOf: alpha, encoding: .utf8)
        try Self.edit(alpha) { String($0.prefix { $0 != "#" }) }
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        try TestSupport.write(text, to: alpha)
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
    }

    @Test func aPrintTemplateThatRepeatsItsSectionsIsRenderedWholeEveryTime() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let templates = try TestSupport.temporaryFolder().appendingPathComponent("templates")
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        try Self.edit(templates.appendingPathComponent("print.mustache")) { $0.replacingOccurrences(of: "{{{html}}}", with: "{{{html}}}<hr>{{{html}}}") }
        let options = TestSupport.options(content: content.path, output: output.path, templates: templates.path)
        let (parse, render) = (ParseCache(), RenderCache())
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        let frame = try #require(render.print.currentFrame)
        #expect(frame.pieces == nil)
        try Self.edit(content.appendingPathComponent("themes/01-alpha.md")) { $0 + "\nOne more line.\n" }
        let second = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        let print = String(decoding: try #require(second.files.first { $0.path == "print.html" }).bytes, as: UTF8.self)
        #expect(print.components(separatedBy: "One more line.").count == 3)
    }

    @Test func placeholdersAreCutOnlyWhenEachIsFoundOnceAndInOrder() {
        let (a, b) = (PrintSplice.placeholder(0), PrintSplice.placeholder(1))
        #expect(PrintSplice.cut("x\(a)y\(b)z", count: 2) == ["x", "y", "z"])
        #expect(PrintSplice.cut("x\(b)y\(a)z", count: 2) == nil)
        #expect(PrintSplice.cut("x\(a)y\(a)z", count: 2) == nil)
        #expect(PrintSplice.cut("x\(a)y", count: 2) == nil)
        #expect(PrintSplice.cut("x\(a)y\(b)z\(PrintSplice.placeholder(2))", count: 2) == nil)
        #expect(String(decoding: PrintSplice.join(["x", "y", "z"], sections: ["1", "2"]), as: UTF8.self) == "x1y2z")
    }
}
