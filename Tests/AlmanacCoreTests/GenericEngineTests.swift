import Foundation
import Testing

/// The engine is generic: the Beacon Scheme's words live in the content folder, never in Sources/.
@Suite struct GenericEngineTests {
    /// Words of the Round 9 report's domain that a generic annual-report engine has no business knowing.
    static let schemeWords = ["beacon", "peer project", "peer-project", "peer_project", "peer-peer", "one-to-one", "one_to_one",
                              "council", "local authorit", "authorit", "learning exchange"]

    @Test func sourcesHoldNoWordOfTheSchemeTheDefaultReportDescribes() throws {
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var checked = 0
        while let item = enumerator.nextObject() as? String {
            guard item.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(item), encoding: .utf8).lowercased()
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for word in Self.schemeWords where line.contains(word) {
                    Issue.record("Sources/\(item):\(number + 1) mentions \"\(word)\"")
                }
            }
            checked += 1
        }
        #expect(checked > 50)
    }
}
