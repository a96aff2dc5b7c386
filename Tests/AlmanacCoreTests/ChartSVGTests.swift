import Testing
@testable import AlmanacCore

/// The chart builders on their own: values in, escaped and deterministic SVG and table out.
@Suite struct ChartSVGTests {
    private func chart(scale: BarChart.Scale = .count, bars: [BarChart.Bar], total: BarChart.Total? = nil) -> BarChart {
        BarChart(id: "chart-test", title: "Projects by theme", summary: "Alpha started the most.", labelHeader: "Theme",
                 valueHeader: "Projects", scale: scale, bars: bars, total: total, source: "test records")
    }

    static func render(_ chart: BarChart) -> String {
        ChartFigure.render(chart, strings: TestSupport.strings())
    }

    @Test func svgIsAnImageWithTitleAndDescription() {
        let svg = BarChartSVG.render(chart(bars: [.init(label: "Alpha", value: 4, valueText: "4")]))
        #expect(svg.hasPrefix("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-test-title\" aria-describedby=\"chart-test-desc\""))
        #expect(svg.contains("<title id=\"chart-test-title\">Projects by theme</title>"))
        #expect(svg.contains("<desc id=\"chart-test-desc\">Alpha started the most.</desc>"))
        #expect(svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<script"))
    }

    @Test func countBarsAreScaledToTheLargestValue() {
        let svg = BarChartSVG.render(chart(bars: [.init(label: "Alpha", value: 40, valueText: "40"),
                                                  .init(label: "Beta", value: 10, valueText: "10"),
                                                  .init(label: "Gamma", value: 0, valueText: "0")]))
        #expect(svg.contains("class=\"chart-bar\" x=\"0\" y=\"22\" width=\"66%\""))
        #expect(svg.contains("width=\"16.5%\""))
        #expect(svg.contains("width=\"0%\""))
        #expect(svg.contains(">40</text>") && svg.contains(">10</text>") && svg.contains(">0</text>"))
        #expect(!svg.contains("chart-track"))
    }

    @Test func percentBarsAreDrawnAgainstAFullTrack() {
        let svg = BarChartSVG.render(chart(scale: .percent, bars: [.init(label: "Alpha", value: 54, valueText: "54%")]))
        #expect(svg.contains("class=\"chart-track\" x=\"0\" y=\"22\" width=\"66%\""))
        #expect(svg.contains("class=\"chart-bar\" x=\"0\" y=\"22\" width=\"35.64%\""))
        #expect(svg.contains("x=\"35.64%\" dx=\"8\""))
    }

    @Test func everyTextIsEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'y'"
        var bad = chart(bars: [.init(label: hostile, value: 1, valueText: "<1>", details: [hostile])])
        bad.title = hostile
        bad.summary = hostile
        bad.source = hostile
        bad.detailHeaders = [hostile]
        bad.id = "x\" onload=\"alert(1)"
        let html = Self.render(bad)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onload=\""))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"))
        #expect(html.contains("&lt;1&gt;"))
        #expect(html.contains("id=\"x-onload-alert-1\""))
    }

    @Test func theSameDataIsATable() {
        let html = Self.render(chart(bars: [.init(label: "Alpha", value: 4, valueText: "4"),
                                                   .init(label: "Beta", value: 2, valueText: "2")],
                                            total: .init(label: "All themes", valueText: "6")))
        #expect(html.contains("<details class=\"chart-data\">"))
        #expect(html.contains("<caption>Projects by theme</caption>"))
        #expect(html.contains("<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\" class=\"num\">Projects</th></tr></thead>"))
        #expect(html.contains("<tr><th scope=\"row\">Alpha</th><td class=\"num\">4</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Beta</th><td class=\"num\">2</td></tr>"))
        #expect(html.contains("<tfoot><tr><th scope=\"row\">All themes</th><td class=\"num\">6</td></tr></tfoot>"))
        #expect(html.contains("<h3 class=\"chart-title\">Projects by theme</h3>"))
        #expect(html.contains("<p class=\"chart-summary\">Alpha started the most.</p>"))
        #expect(html.contains("<p class=\"chart-source\">Source: test records</p>"))
    }

    @Test func approximateBarsAreHatchedAndExplainedInWords() {
        let html = Self.render(chart(bars: [.init(label: "Workshop", value: 100, valueText: "over 100", approximate: true),
                                                   .init(label: "Visit", value: 50, valueText: "50")]))
        #expect(html.contains("<pattern id=\"chart-test-hatch\""))
        #expect(html.contains("fill=\"url(#chart-test-hatch)\""))
        #expect(html.contains("class=\"chart-legend\""))
        #expect(html.contains(">over 100</text>"))
        let exact = Self.render(chart(bars: [.init(label: "Visit", value: 50, valueText: "50")]))
        #expect(!exact.contains("pattern") && !exact.contains("chart-legend"))
    }

    @Test func headingLevelFollowsThePageAndStaysValid() {
        var deep = chart(bars: [.init(label: "A", value: 1, valueText: "1")])
        deep.headingLevel = 9
        #expect(Self.render(deep).contains("<h6 class=\"chart-title\">"))
        deep.headingLevel = 2
        #expect(Self.render(deep).contains("<h2 class=\"chart-title\">"))
    }

    @Test func numbersAreFormattedWithoutTheLocale() {
        #expect(ChartText.fraction(1, of: 3, span: 100) == "33.33")
        #expect(ChartText.fraction(2, of: 3, span: 100) == "66.67")
        #expect(ChartText.fraction(54, of: 100, span: 70) == "37.8")
        #expect(ChartText.fraction(5, of: 5, span: 70) == "70")
        #expect(ChartText.fraction(7, of: 5, span: 70) == "70")
        #expect(ChartText.fraction(3, of: 0, span: 70) == "0")
        #expect(ChartText.decimal(7) == "0.07")
        #expect(ChartText.decimal(4050) == "40.5")
    }

    @Test func labelsWrapToShortLines() {
        let lines = ChartText.wrap("Joint Beacons Learning Exchange – Better Brighter Futures and Care Matters", width: 34)
        #expect(lines == ["Joint Beacons Learning Exchange –", "Better Brighter Futures and Care", "Matters"])
        #expect(lines.allSatisfy { $0.count <= 34 })
        #expect(ChartText.wrap("Supercalifragilistic", width: 8) == ["Superca-", "lifragi-", "listic"])
        #expect(ChartText.wrap("a b c d e f", width: 3, maxLines: 2) == ["a b", "c…"])
        #expect(ChartText.wrap("", width: 10) == [""])
    }

    @Test func listsAndSmallNumbersReadAsPlainEnglish() {
        let strings = TestSupport.strings()
        #expect(strings.list(["A"]) == "A")
        #expect(strings.list(["A", "B"]) == "A and B")
        #expect(strings.list(["A", "B", "C"]) == "A, B and C")
        #expect(strings.spelled(2) == "two")
        #expect(strings.spelled(12) == "12")
        #expect(ChartText.sentenceStart("two") == "Two")
    }

    @Test func buildingTwiceGivesTheSameBytes() {
        let data = chart(bars: (1...12).map { .init(label: "Theme \($0)", value: $0 * 7, valueText: "\($0 * 7)") })
        #expect(Self.render(data) == Self.render(data))
    }
}
