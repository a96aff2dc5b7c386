@testable import AlmanacCore
@testable import AlmanacServe
import Testing

/// A preview writes a build while the next one may already be published: a write that fails then must not put its
/// error over the newer site.
struct PreviewStateOrderTests {
    static func result(page: String, failing: Bool) -> BuildResult {
        BuildResult(files: [RenderedFile(path: "index.html", bytes: Array(page.utf8))], figures: FigureTable(),
                    diagnostics: failing ? [.error("cannot write output/: disk full", at: nil)] : [], wroteOutput: false)
    }

    @Test func aFailedWriteOfAnOlderBuildIsNotShownOverANewerOne() async {
        let state = PreviewState()
        #expect(await state.publish(Self.result(page: "one", failing: false), build: 1) == .updated)
        #expect(await state.publish(Self.result(page: "two", failing: false), build: 2) == .updated)
        // Build 1's write failed after build 2 was published.
        #expect(await state.publish(Self.result(page: "one", failing: true), build: 1) == .stale)
        let snapshot = await state.snapshot
        #expect(snapshot.failure == nil)
        #expect(snapshot.files["index.html"] == Array("two".utf8))
        // Build 2's own failed write is shown.
        #expect(await state.publish(Self.result(page: "two", failing: true), build: 2) == .failed)
        #expect(await state.snapshot.failure?.first?.contains("cannot write output/: disk full") == true)
    }

    @Test func resultsWithoutANumberAreAlwaysShown() async {
        let state = PreviewState()
        #expect(await state.publish(Self.result(page: "one", failing: false), build: 5) == .updated)
        #expect(await state.publish(Self.result(page: "x", failing: true)) == .failed)
    }
}
