import Foundation
import Testing
@testable import AlmanacCore

/// A one-off build (`almanac build`) lets go of each file once it is on its way to the disk: it must write the
/// same site and find the same problems as a build that keeps every file, and keep no page's bytes.
@Suite struct UnkeptFilesTests {
    @Test func aBuildThatKeepsNoBytesWritesTheSameSiteAndFindsTheSame() throws {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let kept = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        let other = work.appendingPathComponent("other-output")
        let unkept = BuildPipeline.run(TestSupport.options(content: content.path, output: other.path), keepFiles: false)
        #expect(kept.wroteOutput && unkept.wroteOutput)
        #expect(try TestSupport.snapshot(other) == TestSupport.snapshot(output))
        #expect(unkept.files.map(\.path) == kept.files.map(\.path))
        #expect(unkept.diagnostics == kept.diagnostics)
        let pages = unkept.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 5)
        #expect(pages.allSatisfy { $0.bytes.isEmpty })
        #expect(kept.files.filter { $0.path.hasSuffix(".html") }.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test func brokenLinksAreFoundOnPagesWhoseBytesWereLetGo() throws {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        try TestSupport.write("---\ntitle: Introduction\norder: 1\n---\n\nSee [the missing page](missing.html) and [a part](#nowhere).\n",
                              to: content.appendingPathComponent("pages/introduction.md"))
        let kept = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        let unkept = BuildPipeline.run(TestSupport.options(content: content.path, output: work.appendingPathComponent("o2").path),
                                       keepFiles: false)
        let broken = unkept.diagnostics.filter { $0.message.hasPrefix("broken link") }.map(\.description)
        #expect(broken.count == 2)
        #expect(broken.contains { $0.contains("\"missing.html\"") } && broken.contains { $0.contains("\"#nowhere\"") })
        #expect(unkept.diagnostics == kept.diagnostics)
        #expect(!unkept.wroteOutput && !FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aBuildWithAPreviewsCacheKeepsItsFilesForTheLinkMemo() throws {
        // The preview's link memo reads the files themselves: with a render cache nothing is let go of.
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try TestSupport.write("---\ntitle: Introduction\norder: 1\n---\n\nSee [the missing page](missing.html).\n",
                              to: content.appendingPathComponent("pages/introduction.md"))
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), renderCache: RenderCache(),
                                       keepFiles: false)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("broken link \"missing.html\"") })
        #expect(result.files.filter { $0.path.hasSuffix(".html") }.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test func aCheckWithoutWritingKeepsItsFiles() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let checked = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false, keepFiles: false)
        #expect(checked.succeeded && !checked.wroteOutput)
        #expect(checked.files.filter { $0.path.hasSuffix(".html") }.allSatisfy { !$0.bytes.isEmpty })
    }

    @Test func aComputedFigureTableHoldsNoSpareRoom() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(result.figures.count > 10)
        #expect(result.figures.ordered.capacity <= result.figures.count + result.figures.count / 8)
    }

    @Test func aPageBodyIsTheFilesOwnTextNotACopy() throws {
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "themes/a.md", relativePath: "themes/a.md", text: "---\ntitle: A\n---\nBody text that is long enough not to fit inline.\n")
        let split = try #require(FrontMatter.split(file, diagnostics: &diagnostics))
        var whole = file.text, body = split.body.slice
        let fileStart = whole.withUTF8 { $0.baseAddress! }
        let bodyStart = body.withUTF8 { $0.baseAddress! }
        #expect(bodyStart == fileStart + 17)
        #expect(split.body.text == "Body text that is long enough not to fit inline.\n")
    }
}
