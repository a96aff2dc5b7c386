import Foundation
import Testing
@testable import AlmanacCore

/// Images beside the Markdown, or in `images/`, are published with the pages; a missing one is a located error.
@Suite struct ContentImagesTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]

    static func site(markdown: String) throws -> (content: URL, output: URL) {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try Data(Self.png).write(to: content.appendingPathComponent("themes/map.png"))
        try FileManager.default.createDirectory(at: content.appendingPathComponent("images"), withIntermediateDirectories: true)
        try TestSupport.write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n",
                              to: content.appendingPathComponent("images/logo.svg"))
        let theme = content.appendingPathComponent("themes/01-alpha.md")
        try TestSupport.write(try String(contentsOf: theme, encoding: .utf8) + "\n" + markdown + "\n", to: theme)
        return (content, output)
    }

    @Test func imagesBesideTheMarkdownAndInImagesArePublished() throws {
        let (content, output) = try Self.site(markdown: "![Map of the area](map.png)\n\n![Partnership logo](images/logo.svg)")
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect([UInt8](try Data(contentsOf: output.appendingPathComponent("map.png"))) == Self.png)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("images/logo.svg").path))
        let page = try String(contentsOf: output.appendingPathComponent("alpha.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"map.png\" alt=\"Map of the area\""))
        let print = try String(contentsOf: output.appendingPathComponent("print.html"), encoding: .utf8)
        #expect(print.contains("<img src=\"images/logo.svg\" alt=\"Partnership logo\""))
    }

    @Test func aMissingImageIsALocatedError() throws {
        let (content, output) = try Self.site(markdown: "![Chart of the year](chart.png)")
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        let problem = try #require(result.diagnostics.first { $0.message.contains("chart.png") })
        #expect(problem.severity == .error)
        #expect(problem.location?.path.hasSuffix("themes/01-alpha.md") == true)
        #expect(problem.location?.column == 1)
        #expect(!result.wroteOutput)
    }

    @Test func anImageNameThatNeedsEscapingIsRefused() throws {
        let (content, output) = try Self.site(markdown: "")
        try Data(Self.png).write(to: content.appendingPathComponent("themes/site map.png"))
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(result.diagnostics.contains { $0.message == "image file name \"site map.png\" would need escaping in a web address" })
    }
}
