import Foundation
import Testing
@testable import AlmanacCore

/// Charts built from a report's computed figures, and the pages that carry them: cover, themes, print, statement.
@Suite struct ChartReportTests {
    static func parsed(_ content: URL) throws -> (ParsedReport, FigureTable) {
        var diagnostics = Diagnostics()
        let options = TestSupport.options(content: content.path, output: "/tmp/unused")
        let files = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        let report = try #require(ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics))
        return (report, FigureCalculator.compute(report, diagnostics: &diagnostics))
    }

    static func defaultSite() -> [String: String] {
        let root = TestSupport.repositoryRoot
        let result = BuildPipeline.run(TestSupport.options(content: root.appendingPathComponent("content").path,
                                                           output: "/tmp/unused"), write: false)
        return Dictionary(uniqueKeysWithValues: result.files.filter { $0.path.hasSuffix(".html") }
            .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    private static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func chartValuesComeFromTheFigureTable() throws {
        let (report, figures) = try Self.parsed(TestSupport.repositoryRoot.appendingPathComponent("content"))
        let charts = ReportCharts(report: report, figures: figures, strings: TestSupport.strings())
        let reach = try #require(charts.coverCharts().first { $0.id == "chart-reach" })
        #expect(reach.bars.count == report.themes.count)
        for bar in reach.bars {
            let theme = try #require(report.themes.first { $0.title == bar.label })
            #expect(bar.value == figures["theme.\(theme.slug).pct_attended"]?.value)
            #expect(bar.valueText == figures["theme.\(theme.slug).pct_attended"]?.formatted)
        }
        #expect(reach.bars.map(\.value) == reach.bars.map(\.value).sorted(by: >))
        #expect(reach.summary == "Tackling Climate Change reached the largest share of English local authorities: 54%. "
            + "Dignity in care reached the smallest: 5%. Together, the themes reached 76%.")
        #expect(reach.total?.valueText == figures["round.pct_attended_event"]?.formatted)

        let peer = try #require(charts.coverCharts().first { $0.id == "chart-peer-projects" })
        #expect(peer.bars.reduce(0) { $0 + $1.value } == figures["round.peer_projects"]?.value)
        #expect(peer.summary.hasPrefix("Transforming services: citizen engagement and empowerment started the most peer-peer projects: 39 of the round’s 205."))
    }

    @Test func delegateChartsKeepTheEventsQualifiers() throws {
        let (report, figures) = try Self.parsed(TestSupport.repositoryRoot.appendingPathComponent("content"))
        let charts = ReportCharts(report: report, figures: figures, strings: TestSupport.strings())
        let accessibility = try #require(report.themes.first { $0.slug == "improving-accessibility" })
        let chart = try #require(charts.themeCharts(accessibility).first)
        #expect(chart.bars.map(\.valueText) == ["around 100", "75"])
        #expect(chart.bars.map(\.approximate) == [true, false])
        #expect(chart.bars.map { $0.details } == [["not recorded"], ["May 2008"]])
        #expect(chart.summary.contains("drew the most delegates (around 100) of the two events with a delegate count"))
        // A theme with a single counted event gets no one-bar chart; its card gives the number.
        let futures = try #require(report.themes.first { $0.slug == "better-brighter-futures" })
        #expect(charts.themeCharts(futures).isEmpty)
    }

    @Test func smallSiteFindingsNameTies() throws {
        let (report, figures) = try Self.parsed(TestSupport.smallSite)
        let charts = ReportCharts(report: report, figures: figures, strings: TestSupport.strings())
        let beta = try #require(report.themes.first { $0.slug == "beta" })
        let chart = try #require(charts.themeCharts(beta).first)
        #expect(chart.bars.map(\.valueText) == ["40", "over 10"])
        // A declared chart over any per-theme figure: ties and equal values are worded from the declaration.
        let declaration = ChartDeclaration(id: "x", place: .cover, bars: "x", total: nil, totalLabel: nil, title: "X by theme",
                                     finding: "{most} led: {most_value}. {least} trailed: {least_value}.",
                                     findingWhenEqual: "All {count} are equal: {value}.", missing: nil,
                                     labelHeader: "Theme", valueHeader: "X", minimumBars: 1, location: .file("figures.yaml"))
        var declarations = report.declarations
        declarations.charts = [declaration]
        let declared = ParsedReport(settings: report.settings, model: report.model, declarations: declarations,
                                    organisations: report.organisations, themes: report.themes, pages: report.pages,
                                    recordSets: report.recordSets)
        func table(_ alpha: Int, _ beta: Int) -> FigureTable {
            var table = FigureTable()
            table.add(Figure(name: "theme.alpha.x", value: alpha, unit: .count, rule: "r", source: "s"))
            table.add(Figure(name: "theme.beta.x", value: beta, unit: .count, rule: "r", source: "s"))
            return table
        }
        #expect(ReportCharts(report: declared, figures: table(3, 1), strings: TestSupport.strings()).coverCharts().first?.summary
            == "Alpha Theme led: 3. Beta Theme trailed: 1.")
        #expect(ReportCharts(report: declared, figures: table(2, 2), strings: TestSupport.strings()).coverCharts().first?.summary == "All two are equal: 2.")
        #expect(ReportCharts.fill("{most} led: {most_value}; {unknown}", ["most": "A and B", "most_value": "3"])
            == "A and B led: 3; {unknown}")
    }

    @Test func coverAndThemePagesCarryTheCharts() throws {
        let site = Self.defaultSite()
        let index = try #require(site["index.html"])
        #expect(Self.count("role=\"img\"", in: index) == 2)
        #expect(Self.count("<table class=\"data-table\">", in: index) == 2)
        let climate = try #require(site["tackling-climate-change.html"])
        #expect(climate.contains("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-tackling-climate-change-delegates-title\""))
        #expect(!(site.values.contains { $0.contains("<script") }))
    }

    @Test func everyPageHasOneH1ALanguageAndASkipLink() throws {
        let site = Self.defaultSite()
        #expect(site.keys.contains("print.html") && site.keys.contains("accessibility.html"))
        for (path, html) in site {
            #expect(Self.count("<h1", in: html) == 1, "\(path)")
            #expect(html.contains("<html lang=\"en-GB\">"), "\(path)")
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">") && html.contains("<main id=\"main\""), "\(path)")
            #expect(!html.contains("http://") && !html.contains("src=\"https:"), "\(path) must load nothing from elsewhere")
        }
    }

    @Test func printVersionHoldsEveryPageOnceWithUniqueIDs() throws {
        let site = Self.defaultSite()
        let print = try #require(site["print.html"])
        let (report, _) = try Self.parsed(TestSupport.repositoryRoot.appendingPathComponent("content"))
        for slug in report.pages.map(\.slug) + report.themes.map(\.slug) + ["figures", "accessibility"] {
            #expect(Self.count("id=\"page-\(slug)\"", in: print) == 1, "\(slug)")
            #expect(print.contains("href=\"#page-\(slug)\""), "contents links to \(slug)")
        }
        let ids = TestSupport.idsInOrder(print)
        #expect(ids.count == Set(ids).count, "no id is repeated in print.html")
        #expect(Self.count("class=\"print-section print-theme\"", in: print) == report.themes.count)
    }

    @Test func printVersionDemotesHeadingsAndRelinks() {
        #expect(PrintDocument.demoteHeadings("<h1 id=\"t\">A</h1><h2>B</h2><h6>C</h6><hr><header>") ==
            "<h2 id=\"t\">A</h2><h3>B</h3><h6>C</h6><hr><header>")
        // Upper case, a space before attributes, text around, and tags cut off at the end.
        #expect(PrintDocument.demoteHeadings("x <H3 class=\"a\">é</H3> y <h5>z</h5>") == "x <h4 class=\"a\">é</h4> y <h6>z</h6>")
        for tail in ["<", "</", "<h", "<h2", "</h2", "<h9>", "<h0>", "<h2x"] {
            #expect(PrintDocument.demoteHeadings("<p>a</p>" + tail) == "<p>a</p>" + tail)
        }
        #expect(PrintDocument.demoteHeadings("") == "" && PrintDocument.demoteHeadings("no tags") == "no tags")
        var document = PrintDocument(slugs: ["alpha", "beta"])
        document.append(slug: "alpha", title: "Alpha",
                        articleHTML: "<h1 id=\"alpha-title\">A</h1><a href=\"beta.html\">b</a><a href=\"alpha.html#alpha-title\">t</a>"
                            + "<a href=\"beta.html#nowhere\">n</a><a href=\"missing.html\">m</a><a href=\"data/x.csv\">d</a>"
                            + "<a href=\"https://example.org/?a=1&amp;b=2\">e</a><a href=\"#gone\">g</a>", isTheme: true)
        let html = document.relinkedSections(generated: ["data/x.csv"])[0].html
        #expect(html == "<h2 id=\"alpha-title\">A</h2><a href=\"#page-beta\">b</a><a href=\"#alpha-title\">t</a>"
            + "<a href=\"#page-beta\">n</a><a>m</a><a href=\"data/x.csv\">d</a>"
            + "<a href=\"https://example.org/?a=1&amp;b=2\">e</a><a>g</a>")
    }

    @Test func accessibilityStatementIsFilledFromTheReport() throws {
        let site = Self.defaultSite()
        let statement = try #require(site["accessibility.html"])
        #expect(statement.contains("Round 9 Annual Report of the Beacon Scheme 2008/2009: its 17 pages"))
        #expect(statement.contains("each of the 7 charts"))
        #expect(statement.contains("WCAG) version 2.2 at level AA"))
        #expect(statement.contains("Improvement and Development Agency (IDeA)"))
    }
}
