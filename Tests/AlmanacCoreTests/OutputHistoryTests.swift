@testable import AlmanacCore
import Foundation
import Testing

/// A preview links the files its last build wrote when they come out the same, and writes every file anyone else
/// touched since: the output always equals what a fresh build writes.
@Suite struct OutputHistoryTests {
    @Test func unchangedFilesAreLinkedAndTheOutputEqualsAFreshBuild() throws {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let (parse, render) = (ParseCache(), RenderCache())
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        let total = render.output.written
        #expect(total > 10 && render.output.linked == 0)

        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        try TestSupport.write(try String(contentsOf: alpha, encoding: .utf8) + "\nOne more line.\n", to: alpha)
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        // alpha.html and print.html are new; every other file is the last build's, linked.
        #expect(render.output.written == 2 && render.output.linked == total - 2)
        let fresh = work.appendingPathComponent("fresh")
        #expect(BuildPipeline.run(TestSupport.options(content: content.path, output: fresh.path)).wroteOutput)
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(fresh))

        // A file changed by hand (same size) since the last build is written again, not linked.
        let beta = output.appendingPathComponent("beta.html")
        let original = try Data(contentsOf: beta)
        try Data(original.map { $0 == UInt8(ascii: "a") ? UInt8(ascii: "b") : $0 }).write(to: beta)
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        #expect(render.output.written == 1 && render.output.linked == total - 1)
        #expect(try Data(contentsOf: beta) == original)

        // Another build replacing the whole output in between: nothing is linked from it.
        #expect(BuildPipeline.run(options).wroteOutput)
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        #expect(render.output.linked == 0 && render.output.written == total)
        #expect(try TestSupport.snapshot(output) == TestSupport.snapshot(fresh))
    }

    @Test func aFailedBuildLeavesTheRecordOfTheOutputAsItWas() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path)
        let (parse, render) = (ParseCache(), RenderCache())
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        let total = render.output.written
        let broken = content.appendingPathComponent("pages/broken.md")
        try TestSupport.write("---\ntitle: Broken\n", to: broken)
        #expect(!BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        try FileManager.default.removeItem(at: broken)
        #expect(BuildPipeline.run(options, cache: parse, renderCache: render).wroteOutput)
        #expect(render.output.linked == total && render.output.written == 0)
    }
}
