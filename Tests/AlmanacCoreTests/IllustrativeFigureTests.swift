import Foundation
import Testing
@testable import AlmanacCore

/// Provenance: figures computed from records report.yaml marks as illustrative carry the mark to every place
/// they appear; figures from published records carry none.
@Suite struct IllustrativeFigureTests {
    @Test func illustrativeRecordsMarkTheFiguresComputedFromThem() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + """
            illustrative:
              - records: activities
              - records: events
                fields: [authorities]
                counts_are_published: true

            """, to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        #expect(result.succeeded, "\(result.diagnostics)")
        let figures = result.figures
        #expect(figures["round.interactions"]?.illustrative == true)               // counts activities
        #expect(figures["round.pct_attended_event"]?.illustrative == true)         // who attended is made up
        #expect(figures["theme.beta.authorities_represented"]?.illustrative == false)  // how many is published
        #expect(figures["round.delegates"]?.illustrative == false)
        #expect(figures["round.beacons"]?.illustrative == false)
        let csv = try String(contentsOf: output.appendingPathComponent("data/figures.csv"), encoding: .utf8)
        #expect(csv.contains("\nround.interactions,5,") && csv.split(separator: "\n").first { $0.hasPrefix("round.interactions,") }?
            .hasSuffix(",illustrative,,,,") == true)
        #expect(csv.split(separator: "\n").first { $0.hasPrefix("round.events,") }?.hasSuffix(",published,,,,") == true)
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<strong>5</strong> interactions took place between Beacons and the authorities learning from them."
            + "<span class=\"mark\" aria-hidden=\"true\">†</span>"))
        #expect(index.contains("<p class=\"mark-note\">† Worked out from illustrative records"))
        // The cover's charts plot per-theme shares and peer projects, both from the illustrative log.
        #expect(index.contains("<p class=\"mark-note\">Numbers marked † were worked out from illustrative records"))
        #expect(index.contains("<td class=\"num\">50%<span class=\"mark\" aria-hidden=\"true\">†</span>"))
        let beta = try String(contentsOf: output.appendingPathComponent("beta.html"), encoding: .utf8)
        // A figure written into the prose carries the mark, and the page explains it.
        let alpha = try String(contentsOf: output.appendingPathComponent("alpha.html"), encoding: .utf8)
        #expect(alpha.contains("Half of the authorities (50%†) took part"))
        #expect(alpha.contains("<p class=\"mark-note\">† Worked out from illustrative records"))
        // The theme's delegates chart plots published counts: no mark.
        #expect(beta.contains("id=\"chart-beta-delegates\"") && !beta.contains("Numbers marked †"))
        #expect(beta.contains("peer-peer projects were started<span class=\"mark\""))
        #expect(!beta.contains("delegates were recorded at the theme’s 2 learning events<span class=\"mark\""))
    }

    @Test func anUnknownIllustrativeSetIsALocatedError() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "illustrative:\n  - records: activites\n", to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(result.diagnostics.contains { $0.message == "unknown record set \"activites\"" && $0.hint == "did you mean \"activities\"?" })
    }
}
