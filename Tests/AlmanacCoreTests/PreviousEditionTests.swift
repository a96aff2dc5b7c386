import Foundation
import Testing
@testable import AlmanacCore

/// Year-over-year comparison: `previous:` names the figures.json a past edition published; each figure counted the
/// same way gets its previous value and change, a changed rule is never compared, new and disappeared figures say so.
@Suite struct PreviousEditionTests {
    /// The small site's own figures.json, edited into a previous edition "Round 0".
    static func site() throws -> (content: URL, output: URL) {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let built = BuildPipeline.run(TestSupport.options(content: content.path, output: "/tmp/unused"), write: false)
        let data = try #require(built.files.first { $0.path == "data/figures.json" }).bytes
        var json = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        var figures = try #require(json["figures"] as? [[String: Any]])
        figures = figures.compactMap { figure in
            var figure = figure
            switch figure["name"] as? String {
            case "round.interactions": figure["value"] = 3                    // 5 now: up 2
            case "round.pct_one_to_one": figure["value"] = 20                 // 25% now: 5 points higher
            case "round.delegates": figure["value"] = 60                      // over 50 now: down 10
            case "round.events": figure["definition"] = "count events where themes in [alpha]"  // counted differently
            case "round.themes": return nil                                   // new this edition
            default: break
            }
            return figure
        }
        figures.append(["name": "round.visits", "value": 4, "unit": "count", "rule": "visits made", "label": "visits"])
        json["figures"] = figures
        json["edition"] = "Round 0"
        try TestSupport.write(String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self),
                              to: content.appendingPathComponent("data/round-0.json"))
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "previous: data/round-0.json\n", to: report)
        return (content, output)
    }

    @Test func figuresCarryTheirPreviousValueAndChange() throws {
        let (content, output) = try Self.site()
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        #expect(result.succeeded, "\(result.diagnostics)")
        let figures = result.figures
        #expect(figures.previousEdition == "Round 0")
        #expect(figures["round.interactions"]?.previous == PreviousValue(edition: "Round 0", value: 3, comparable: true,
                                                                         rule: figures["round.interactions"]!.ruleWithCounts))
        #expect(figures["round.interactions"]?.previous?.change(from: 5) == 2)
        #expect(figures["round.pct_one_to_one"]?.previous?.change(from: 25) == 5)
        #expect(figures["round.events"]?.previous?.comparable == false)
        #expect(figures["round.events"]?.previous?.change(from: 2) == nil)
        #expect(figures["round.themes"]?.previous == nil)
        #expect(figures.disappeared.map(\.name) == ["round.visits"])

        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<span class=\"figure-change\">up 2 on Round 0 (3)</span>"))
        #expect(index.contains("<span class=\"figure-change\">5 points higher than Round 0 (20%)</span>"))
        let page = try String(contentsOf: output.appendingPathComponent("figures.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"figure-change\">new this edition</span>"))
        #expect(page.contains("<span class=\"figure-change\">counted differently in Round 0, so not compared</span>"))
        #expect(page.contains("<span class=\"figure-change\">down 10 on Round 0 (60)</span>"))
        #expect(page.contains("Given in Round 0, not in this edition") && page.contains("<strong>4</strong> visits"))

        let json = try String(contentsOf: output.appendingPathComponent("data/figures.json"), encoding: .utf8)
        #expect(json.contains("\"edition\": \"Round 1\""))
        #expect(json.contains("\"previous\": {\"edition\": \"Round 0\", \"value\": 3, \"comparable\": true, \"change\": 2}"))
        #expect(json.contains("\"previous\": {\"edition\": \"Round 0\", \"value\": 2, \"comparable\": false}"))
        let csv = try String(contentsOf: output.appendingPathComponent("data/figures.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").first { $0.hasPrefix("round.pct_one_to_one,") }?.hasSuffix(",Round 0,20,5,yes") == true)
    }

    @Test func thisEditionsFiguresJSONServesAsTheNextOnesPrevious() throws {
        // Published figures.json carries the edition and each rule's definition: compared with itself, nothing changes.
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let built = BuildPipeline.run(TestSupport.options(content: content.path, output: "/tmp/unused"), write: false)
        let data = try #require(built.files.first { $0.path == "data/figures.json" }).bytes
        try TestSupport.write(String(decoding: data, as: UTF8.self), to: content.appendingPathComponent("data/last.json"))
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "previous: data/last.json\n", to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(result.succeeded)
        #expect(result.figures.ordered.allSatisfy { $0.previous?.comparable == true && $0.previous?.change(from: $0.value) == 0 })
        #expect(result.figures.disappeared.isEmpty)
    }

    @Test func aPreviousFileThatIsNotFiguresJSONIsAnError() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try TestSupport.write("{\"figures\": 3}", to: content.appendingPathComponent("data/broken.json"))
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "previous: data/broken.json\n", to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.message.contains("data/broken.json is not a figures.json Almanac can read") })
    }
}
