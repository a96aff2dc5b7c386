import Foundation
import Testing
@testable import AlmanacCore

/// Figures and charts declared in content: a new one needs no Swift change, and each rule of the vocabulary
/// (count, sum, share, measures, filters, grouping) computes what the docs say it does.
@Suite struct DeclaredFigureTests {
    /// The small site with `extra` appended to its figures.yaml `figures:` list and `charts` to its charts.
    static func site(figures extra: String, charts: String = "") throws -> (content: URL, output: URL) {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let path = content.appendingPathComponent("figures.yaml")
        var text = try String(contentsOf: path, encoding: .utf8)
        // The figures list ends where the boxes (or the charts) begin.
        let figuresEnd = try #require(text.range(of: "\nboxes:\n") ?? text.range(of: "\ncharts:\n"))
        text.insert(contentsOf: "\n" + extra, at: figuresEnd.lowerBound)
        text += "\n" + charts
        try TestSupport.write(text, to: path)
        return (content, output)
    }

    static func compute(_ content: URL) throws -> (FigureTable, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let options = TestSupport.options(content: content.path, output: "/tmp/unused")
        let files = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        let report = try #require(ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics))
        let table = FigureCalculator.compute(report, diagnostics: &diagnostics)
        return (table, diagnostics.all)
    }

    @Test func aFigureAndAChartAddedInContentReachThePagesAndTheDownloads() throws {
        let (content, output) = try Self.site(figures: """
              - name: round.visits
                label: {one: visit, other: visits}
                count: activities
                where: {kind: visit}
              - name: visits
                per: theme
                label: {one: visit, other: visits}
                count: activities
                where: {kind: [visit, one-to-one]}
            """, charts: """
              - id: visits
                place: cover
                bars: visits
                total: round.visits
                total_label: All visits
                title: Visits and sessions in each theme
                finding: "{most} had the most: {most_value}. {least} had the fewest: {least_value}."
                label_header: Theme
                value_header: Visits and one-to-one sessions
            """)
        let intro = content.appendingPathComponent("pages/introduction.md")
        try TestSupport.write(try String(contentsOf: intro, encoding: .utf8) + "\nThere were {{round.visits}} visits.\n", to: intro)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        #expect(result.succeeded, "\(result.diagnostics)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("id=\"chart-visits\""))
        #expect(index.contains("Visits and sessions in each theme"))
        #expect(index.contains("Beta Theme had the most: 3. Alpha Theme had the fewest: 1."))
        #expect(index.contains("All visits"))
        let page = try String(contentsOf: output.appendingPathComponent("introduction.html"), encoding: .utf8)
        #expect(page.contains("There were 1 visits."))
        let csv = try String(contentsOf: output.appendingPathComponent("data/figures.csv"), encoding: .utf8)
        #expect(csv.contains("\nround.visits,1,count,number of activities records where kind is visit,records/activities.yaml,,"))
        #expect(csv.contains("\ntheme.beta.visits,3,count,"))
        let json = try String(contentsOf: output.appendingPathComponent("data/figures.json"), encoding: .utf8)
        #expect(json.contains("\"name\": \"round.visits\", \"value\": 1"))
        #expect(json.contains("\"name\": \"theme.alpha.visits\", \"value\": 1"))
        let figuresPage = try String(contentsOf: output.appendingPathComponent("figures.html"), encoding: .utf8)
        #expect(figuresPage.contains("<strong>3</strong> visits"))
    }

    @Test func sumsCountListsAndFiltersFollowTheRegister() throws {
        let (content, _) = try Self.site(figures: """
              - name: round.represented
                label: organisations represented
                sum: [events.authorities, events.authorities_count]
              - name: round.rural_learners
                label: entries with a rural learner
                count: activities
                where: {learner.rural: true, kind: [peer-project, one-to-one]}
              - name: round.big_event_delegates
                label: delegates
                sum: events.delegates
                where: {place: Leeds}
            """)
        let (table, diagnostics) = try Self.compute(content)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        #expect(table["round.represented"]?.value == 8)       // 3 listed at e1, 5 declared at e2
        #expect(table["round.rural_learners"]?.value == 1)    // a2 is the only rural learner (peer-project)
        #expect(table["round.rural_learners"]?.source == "records/activities.yaml, authorities.yaml")
        #expect(table["round.big_event_delegates"]?.value == 40)
    }

    @Test func sharesCountEachMemberOnceAndOnlyThePopulation() throws {
        let (content, _) = try Self.site(figures: """
              - name: round.any_contact
                label: of organisations had any contact
                share: [activities.learner, activities.beacon, events.authorities]
            """)
        let (table, _) = try Self.compute(content)
        // Population: a1–a6, b1 (unitary) and b2 (metropolitan) = 8; named: a1–a5, b1, b2 (fire is outside) = 7.
        let figure = try #require(table["round.any_contact"])
        #expect(figure.value == 88)
        #expect(figure.unit == .percent)
        #expect(figure.share == ShareCount(members: 7, whole: 8, populationName: "test authorities"))
        #expect(figure.ruleWithCounts.hasSuffix(": 7 of 8 test authorities, rounded half up"))
    }

    @Test func eventFiguresExistOnlyWhereTheEventGivesAValueAndKeepItsPrecision() throws {
        let (table, _) = try Self.compute(TestSupport.smallSite)
        #expect(table["event.e1.delegates"]?.precision == .exact)
        #expect(table["event.e2.delegates"]?.precision == .atLeast)
        #expect(table["event.e2.participants"] == nil)
        #expect(table["event.e2.survey.very_good"] == nil)
        #expect(table["event.e1.survey.very_good"]?.value == 90)
    }

    @Test func anOptionalSetThatIsMissingLeavesItsFiguresToTheDeclaredValue() throws {
        let (_, content, _) = try TestSupport.smallSiteCopy()
        try FileManager.default.removeItem(at: content.appendingPathComponent("records/applications.yaml"))
        let (table, diagnostics) = try Self.compute(content)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        #expect(table["round.applications"]?.value == 7)
        #expect(table["round.applications"]?.rule == "declared, not computed: its records are missing")
        #expect(table["theme.alpha.applications"] == nil)
    }
}
