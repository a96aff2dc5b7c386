import Foundation
import Testing
@testable import AlmanacCore

/// The fictional Northshire example in examples/: two editions of one report, each building on its own, the 2024
/// edition comparing itself with the figures the 2023 edition publishes.
@Suite struct ExampleEditionsTests {
    static let editions = TestSupport.repositoryRoot.appendingPathComponent("examples/northshire/editions")

    static func build(_ slug: String) -> BuildResult {
        BuildPipeline.run(TestSupport.options(content: editions.appendingPathComponent(slug).path, output: "/tmp/unused"),
                          write: false)
    }

    @Test func bothEditionsBuildWithoutAProblem() {
        for slug in ["2023", "2024"] {
            let result = Self.build(slug)
            #expect(result.succeeded && result.diagnostics.isEmpty, "\(slug): \(result.diagnostics)")
        }
    }

    @Test func theLaterEditionComparesWithTheFiguresTheEarlierOnePublishes() throws {
        let earlier = Self.build("2023")
        let published = try #require(earlier.files.first { $0.path == "data/figures.json" }).bytes
        let kept = try Data(contentsOf: Self.editions.appendingPathComponent("2024/data/2023-figures.json"))
        #expect([UInt8](kept) == published, "2024/data/2023-figures.json must be the 2023 edition's data/figures.json as built")

        let later = Self.build("2024").figures
        #expect(later.previousEdition == "2023")
        #expect(later["round.sessions"]?.previous?.change(from: later["round.sessions"]!.value) == 8)
        #expect(later["round.pct_members_reached"]?.previous?.change(from: later["round.pct_members_reached"]!.value) == 9)
        #expect(later["round.activities"]?.previous?.comparable == false)    // 2024 counts workshops too
        #expect(later["round.workshops"]?.previous == nil)                   // new in 2024
        #expect(later.disappeared.contains { $0.name == "round.visits" })    // dropped in 2024
        // Theme pages keep their slugs from one edition to the next.
        #expect(Set(earlier.files.map(\.path)).isSubset(of: Set(Self.build("2024").files.map(\.path))))
    }
}
