/// Draws a `BarChart` as inline SVG at build time: labels above bars, values beside them, no script.
enum BarChartSVG {
    // The SVG has no viewBox: it is as wide as its container and bar lengths are percentages of that
    // width, so text keeps its size from a 320 px phone to a wide screen instead of shrinking with it.

    /// Colours that meet WCAG contrast on white: bars 8.9:1 (1.4.11 asks 3:1), text 16:1.
    static let barColour = "#00506b"
    static let trackColour = "#e1e8ec"
    static let inkColour = "#1b1f24"

    /// Layout in CSS pixels.
    static let fontSize = 14
    static let lineHeight = 18
    static let barHeight = 18
    static let rowGap = 16
    /// Bars use at most this share of the width, leaving room for the value printed after the bar.
    static let barSpan = 66
    /// Characters per label line: about 290 px of a wide system font at 14 px.
    static let labelWidth = 34

    static func render(_ chart: BarChart) -> String {
        let id = ChartText.idFragment(chart.id)
        var rows: [String] = []
        var y = 0
        for bar in chart.bars {
            let (row, height) = self.row(bar, in: chart, id: id, top: y)
            rows.append(row)
            y += height
        }
        let height = max(y - rowGap + 4, 1)
        var svg = "<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\""
        svg += " width=\"100%\" height=\"\(height)\" font-size=\"\(fontSize)\">\n"
        svg += "<title id=\"\(id)-title\">\(ChartText.escape(chart.title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(ChartText.escape(chart.summary))</desc>\n"
        if chart.hasApproximateBars { svg += hatchPattern(id: id) + "\n" }
        svg += rows.joined(separator: "\n") + "\n</svg>"
        return svg
    }

    /// One bar's label lines, track, bar and value; returns the markup and the height it takes.
    private static func row(_ bar: BarChart.Bar, in chart: BarChart, id: String, top: Int) -> (String, Int) {
        let lines = ChartText.wrap(bar.label, width: labelWidth)
        var text = "<text class=\"chart-label\" x=\"0\" y=\"\(top + fontSize)\" fill=\"\(inkColour)\">"
        for (index, line) in lines.enumerated() {
            let position = index == 0 ? "y=\"\(top + fontSize)\"" : "dy=\"\(lineHeight)\""
            text += "<tspan x=\"0\" \(position)>\(ChartText.escape(line))</tspan>"
        }
        text += "</text>"
        let barTop = top + lines.count * lineHeight + 4
        let width = ChartText.fraction(bar.value, of: chart.scaleMaximum, span: barSpan)
        var parts = ["<g class=\"chart-row\">", text]
        if chart.scale == .percent {
            parts.append("<rect class=\"chart-track\" x=\"0\" y=\"\(barTop)\" width=\"\(barSpan)%\" height=\"\(barHeight)\" fill=\"\(trackColour)\"/>")
        }
        if bar.approximate {
            // Inset by the stroke's half width so the outline is not clipped at the left edge.
            parts.append("<rect class=\"chart-bar chart-bar-approximate\" x=\"1\" y=\"\(barTop + 1)\" width=\"\(width)%\" height=\"\(barHeight - 2)\""
                         + " fill=\"url(#\(id)-hatch)\" stroke=\"\(barColour)\" stroke-width=\"2\"/>")
        } else {
            parts.append("<rect class=\"chart-bar\" x=\"0\" y=\"\(barTop)\" width=\"\(width)%\" height=\"\(barHeight)\" fill=\"\(barColour)\"/>")
        }
        parts.append("<text class=\"chart-value\" x=\"\(width)%\" dx=\"8\" y=\"\(barTop + 14)\" font-weight=\"700\" fill=\"\(inkColour)\">"
                     + "\(ChartText.escape(bar.valueText))</text>")
        parts.append("</g>")
        return (parts.joined(), barTop - top + barHeight + rowGap)
    }

    /// Diagonal stripes for approximate bars: the difference is a pattern, not a colour.
    static func hatchPattern(id: String) -> String {
        "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><rect width=\"3\" height=\"6\" fill=\"\(barColour)\"/></pattern></defs>"
    }
}
