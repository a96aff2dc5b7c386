import Foundation
import Testing
@testable import AlmanacCore

/// The embedded Round 9 report must reproduce every figure the printed report gives.
@Suite struct DefaultReportTests {
    static func build() -> BuildResult {
        let root = TestSupport.repositoryRoot
        return BuildPipeline.run(TestSupport.options(content: root.appendingPathComponent("content").path,
                                                     output: "/tmp/unused"), write: false)
    }

    @Test func roundAtAGlanceMatchesTheReference() {
        let figures = Self.build().figures
        let reference: [String: Int] = [
            "round.applications": 137, "round.themes": 10, "round.rural_awards": 4, "round.interactions": 421,
            "round.pct_one_to_one": 37, "round.pct_attended_event": 76, "round.peer_projects": 205,
        ]
        for (name, value) in reference { #expect(figures[name]?.value == value, "\(name)") }
        #expect(figures["round.beacons"]?.value == 38)
        #expect(figures["round.beacons"]?.declared?.value == 40)
    }

    @Test func themeAtAGlanceMatchesTheReference() {
        let figures = Self.build().figures
        let reference: [(String, Int, Int)] = [
            ("better-brighter-futures", 34, 17), ("better-public-places", 20, 6), ("care-matters", 12, 18),
            ("dignity-in-care", 5, 17), ("improving-accessibility", 13, 14), ("local-strategic-partnerships", 40, 23),
            ("reducing-health-inequalities", 20, 18), ("reducing-re-offending", 16, 15),
            ("tackling-climate-change", 54, 38), ("transforming-services", 42, 39),
        ]
        for (slug, percent, projects) in reference {
            #expect(figures["theme.\(slug).pct_attended"]?.value == percent, "\(slug)")
            #expect(figures["theme.\(slug).peer_projects"]?.value == projects, "\(slug)")
        }
    }

    @Test func eventHighlightsMatchTheReference() {
        let figures = Self.build().figures
        let reference: [String: Int] = [
            "event.bbf-cm-learning-exchange-2009.delegates": 114,
            "event.bbf-cm-learning-exchange-2009.authorities_represented": 39,
            "event.bbf-cm-learning-exchange-2009.survey.very_good_or_excellent": 90,
            "event.bbf-cm-learning-exchange-2009.survey.basis_for_improvement": 90,
            "event.bpp-learning-exchange-2008.delegates": 74, "event.bpp-learning-exchange-2008.authorities_represented": 23,
            "event.dic-joint-learning-exchange-2009.delegates": 74,
            "event.dic-joint-learning-exchange-2009.authorities_represented": 42,
            "event.dic-joint-learning-exchange-2009.survey.very_good_or_excellent": 75,
            "event.dic-joint-learning-exchange-2009.survey.basis_for_improvement": 87,
            "event.dic-warrington-open-day-2008.delegates": 47, "event.dic-warrington-open-day-2008.survey.useful": 100,
            "event.ia-learning-exchange-2008.delegates": 75, "event.ia-learning-exchange-2008.authorities_represented": 32,
            "event.ia-learning-exchange-2008.survey.very_good_or_excellent": 100,
            "event.ia-learning-exchange-2008.survey.basis_for_improvement": 100,
            "event.ia-nottinghamshire-workshops.delegates": 100,
            "event.lsp-learning-exchange-2008.delegates": 78, "event.lsp-learning-exchange-2008.authorities_represented": 38,
            "event.lsp-learning-exchange-2008.survey.very_good_or_excellent": 97,
            "event.lsp-learning-exchange-2008.survey.basis_for_improvement": 96,
            "event.lsp-leeds-open-day.delegates": 120, "event.lsp-leeds-open-day.authorities_represented": 39,
            "event.rhi-legacy-conference-2009.delegates": 100, "event.rhi-legacy-conference-2009.authorities_represented": 25,
            "event.rro-learning-exchange-2008.delegates": 118, "event.rro-learning-exchange-2008.authorities_represented": 45,
            "event.rro-learning-exchange-2008.survey.very_good_or_excellent": 100,
            "event.rro-learning-exchange-2008.survey.basis_for_improvement": 86,
            "event.rro-national-conference-2009.delegates": 60, "event.rro-national-conference-2009.survey.productive": 93,
            "event.tcc-learning-exchange-2009.delegates": 145, "event.tcc-learning-exchange-2009.authorities_represented": 64,
            "event.tcc-learning-exchange-2009.survey.very_good_or_excellent": 94,
            "event.tcc-learning-exchange-2009.survey.basis_for_improvement": 94,
            "event.tcc-international-symposium-2009.delegates": 83,
            "event.tcc-international-symposium-2009.authorities_represented": 33,
            "event.ts-learning-exchange-2009.delegates": 158, "event.ts-learning-exchange-2009.survey.basis_for_improvement": 94,
            "event.ts-learning-exchange-2009.survey.would_recommend": 100,
            "event.cm-community-of-practice-hot-seat.participants": 20, "event.ts-community-of-practice.participants": 89,
        ]
        for (name, value) in reference { #expect(figures[name]?.value == value, "\(name)") }
    }

    @Test func sharedEventCountsOnceInRoundTotals() {
        let figures = Self.build().figures
        let themeDelegates = ["better-brighter-futures", "care-matters"].compactMap { figures["theme.\($0).delegates"]?.value }
        #expect(themeDelegates.allSatisfy { $0 >= 114 })
        #expect(figures["round.events"]?.value == 26)
    }

    @Test func buildsCleanlyAndReportsTheBeaconDiscrepancy() {
        let result = Self.build()
        #expect(result.succeeded)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("round.beacons is declared as 40") == true)
        #expect(result.diagnostics.first?.message.contains("computes to 38") == true)
    }

    /// Pages go to the disk as the renderer's bytes, without a round trip through String that would repair them.
    @Test func everyPageIsValidUTF8AsWritten() {
        let pages = Self.build().files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count >= 18)
        for page in pages {
            // Decoding repairs invalid UTF-8 with U+FFFD: valid bytes come back unchanged.
            #expect(Array(String(decoding: page.bytes, as: UTF8.self).utf8) == page.bytes, "\(page.path)")
        }
    }

    @Test func everyReferenceFigureIsOnThePages() throws {
        let result = Self.build()
        let index = try #require(result.files.first { $0.path == "index.html" })
        let html = String(decoding: index.bytes, as: UTF8.self)
        for text in ["<strong>137</strong> applications across 10 themes", "<strong>38</strong> Beacons, with 4 awards",
                     "<strong>421</strong> interactions", "<strong>37%</strong>", "<strong>76%</strong>",
                     "states <strong>40</strong>"] {
            #expect(html.contains(text), "\(text)")
        }
        let care = try #require(result.files.first { $0.path == "care-matters.html" })
        let careHTML = String(decoding: care.bytes, as: UTF8.self)
        #expect(careHTML.contains("<strong>12%</strong> of all local authorities"))
        #expect(careHTML.contains("<strong>114</strong> delegates"))
    }
}
