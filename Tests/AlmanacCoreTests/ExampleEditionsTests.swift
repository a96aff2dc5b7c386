import Foundation
import Testing
@testable import AlmanacCore

/// The fictional Northshire example in examples/: one site of two editions, the 2024 edition comparing itself with
/// the 2023 one.
@Suite struct ExampleEditionsTests {
    static let site = TestSupport.repositoryRoot.appendingPathComponent("examples/northshire")
    static let editions = site.appendingPathComponent("editions")

    @Test func theExampleSiteBuildsWithoutAProblem() {
        let result = BuildPipeline.run(TestSupport.options(content: Self.site.path, output: "/tmp/unused"), write: false)
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.pageCount == 20) // with each edition's 404.html and the site's own
        let later = result.figures
        #expect(later.previousEdition == "2023")
        #expect(later["round.sessions"]?.previous?.change(from: later["round.sessions"]!.value) == 8)
        #expect(later["round.pct_members_reached"]?.previous?.change(from: later["round.pct_members_reached"]!.value) == 9)
        #expect(later["round.activities"]?.previous?.comparable == false)    // 2024 counts workshops too
        #expect(later["round.workshops"]?.previous == nil)                   // new in 2024
        #expect(later.disappeared.contains { $0.name == "round.visits" })    // dropped in 2024
    }
}
