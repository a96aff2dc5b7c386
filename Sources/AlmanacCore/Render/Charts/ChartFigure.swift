/// Wraps a chart for the page: heading and finding, the SVG, a legend when needed, the data table and the source.
enum ChartFigure {
    /// The complete `<figure>`; every text taken from the chart is escaped, every word added comes from `strings`.
    static func render(_ chart: BarChart, strings: ReportStrings) -> String {
        let id = ChartText.idFragment(chart.id)
        let level = min(max(chart.headingLevel, 2), 6)
        var html = "<figure class=\"chart\" id=\"\(id)\">\n"
        html += "<figcaption class=\"chart-caption\"><h\(level) class=\"chart-title\">\(ChartText.escape(chart.title))</h\(level)>"
        html += "<p class=\"chart-summary\">\(ChartText.escape(chart.summary))</p>"
        if chart.hasIllustrativeValues {
            html += "<p class=\"mark-note\">\(ChartText.escape(strings.text("provenance.chart_note")))</p>"
        }
        html += "</figcaption>\n"
        html += BarChartSVG.render(chart) + "\n"
        if chart.hasApproximateBars { html += legend(id: id, strings: strings) + "\n" }
        html += "<details class=\"chart-data\">\n<summary>\(ChartText.escape(strings.text("chart.show_table")))<span class=\"visually-hidden\">: "
        html += "\(ChartText.escape(chart.title))</span></summary>\n"
        html += table(chart, strings: strings) + "\n</details>\n"
        html += "<p class=\"chart-source\">\(ChartText.escape(strings.text("chart.source", ["source": chart.source])))</p>\n"
        return html + "</figure>"
    }

    /// The same numbers as the bars, as a real table with headers.
    static func table(_ chart: BarChart, strings: ReportStrings) -> String {
        func value(_ text: String, illustrative: Bool) -> String {
            "<td class=\"num\">\(ChartText.escape(text))" + (illustrative ? mark(strings) : "") + "</td>"
        }
        func header(_ text: String, numeric: Bool = false) -> String {
            "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(ChartText.escape(text))</th>"
        }
        var html = "<table class=\"data-table\">\n<caption>\(ChartText.escape(chart.title))</caption>\n<thead><tr>"
        html += header(chart.labelHeader) + chart.detailHeaders.map { header($0) }.joined()
        html += header(chart.valueHeader, numeric: true) + "</tr></thead>\n<tbody>\n"
        for bar in chart.bars {
            html += "<tr><th scope=\"row\">\(ChartText.escape(bar.label))</th>"
            for index in chart.detailHeaders.indices {
                html += "<td>\(ChartText.escape(index < bar.details.count ? bar.details[index] : ""))</td>"
            }
            html += value(bar.valueText, illustrative: bar.illustrative) + "</tr>\n"
        }
        html += "</tbody>"
        if let total = chart.total {
            html += "\n<tfoot><tr><th scope=\"row\">\(ChartText.escape(total.label))</th>"
            html += String(repeating: "<td></td>", count: chart.detailHeaders.count)
            html += value(total.valueText, illustrative: total.illustrative) + "</tr></tfoot>"
        }
        return html + "\n</table>"
    }

    /// The † that marks a number worked out from illustrative records, with its meaning for screen readers.
    static func mark(_ strings: ReportStrings) -> String {
        "<span class=\"mark\" aria-hidden=\"true\">\(ChartText.escape(strings.text("provenance.mark")))</span>"
            + "<span class=\"visually-hidden\"> (\(ChartText.escape(strings.text("provenance.mark_label"))))</span>"
    }

    /// Explains the hatched bars in words, with a swatch drawn from the same pattern.
    static func legend(id: String, strings: ReportStrings) -> String {
        "<p class=\"chart-legend\"><svg class=\"chart-swatch\" aria-hidden=\"true\" width=\"28\" height=\"16\">"
            + "<rect x=\"1\" y=\"1\" width=\"26\" height=\"14\" fill=\"url(#\(id)-hatch)\" stroke=\"\(BarChartSVG.barColour)\" stroke-width=\"2\"/></svg>"
            + " \(ChartText.escape(strings.text("chart.legend_hatched")))</p>"
    }
}
