import Foundation

/// Replaces `{{figure-name}}` in Markdown with the computed value, reporting unknown names where they stand.
enum FigureReferences {
    /// The Markdown with every reference replaced; `themeSlug` lets `{{theme.x}}` mean this theme's figure, and
    /// `format` writes a value as the report's language does (`ReportStrings.formatted`). References on
    /// `verbatimLines` (1-based, the bodies of ```table blocks) are checked but left as written: the table writes
    /// them in cell by cell, after splitting its CSV, so a value holding a comma stays in its cell.
    static func substitute(in source: MarkdownSource, figures: FigureTable, themeSlug: String?,
                           format: (Figure) -> String = \.formatted, verbatimLines: Set<Int> = [],
                           diagnostics: inout Diagnostics) -> SubstitutedMarkdown {
        guard source.text[...].utf8Range(of: "{{") != nil else { return SubstitutedMarkdown(text: source.text) }
        var output = SubstitutedMarkdown(text: "")
        output.text.reserveCapacity(source.text.utf8.count)
        // An unknown name is usually repeated: its hint is worked out once.
        var hints: [String: String] = [:]
        // Lines cut on bytes (a newline is always a whole character here: the loader made every line end "\n").
        let lines = source.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        for (offset, line) in lines.enumerated() {
            if offset > 0 { output.text += "\n" }
            var shifts: [SubstitutedMarkdown.Shift] = []
            let written = substitute(line: line, lineNumber: source.firstLine + offset, path: source.path,
                                     figures: figures, themeSlug: themeSlug, format: format, shifts: &shifts, hints: &hints,
                                     diagnostics: &diagnostics)
            guard !verbatimLines.contains(offset + 1) else {
                output.text += line
                continue
            }
            output.text += written
            if !shifts.isEmpty { output.shifts[offset + 1] = shifts }
        }
        return output
    }

    private static func substitute(line: Substring, lineNumber: Int, path: String, figures: FigureTable,
                                   themeSlug: String?, format: (Figure) -> String, shifts: inout [SubstitutedMarkdown.Shift],
                                   hints: inout [String: String], diagnostics: inout Diagnostics) -> String {
        var result = ""
        var rest = line
        // Columns are counted on from the previous reference, not from the start of the line.
        var (counted, column) = (line.startIndex, 1)
        var byteDelta = 0
        while let open = rest.utf8Range(of: "{{") {
            result += rest[..<open.lowerBound]
            column += line.unicodeScalars.distance(from: counted, to: open.lowerBound)
            counted = open.lowerBound
            let location = SourceLocation(path: path, line: lineNumber, column: column)
            guard let close = rest[open.upperBound...].utf8Range(of: "}}") else {
                diagnostics.error("figure reference is not closed with }}", at: location)
                result += rest[open.lowerBound...]
                return result
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingFoundationWhitespace()
            let fullName = qualified(name, themeSlug: themeSlug)
            if let figure = figures[fullName] {
                let written = format(figure)
                let original = line.utf8.distance(from: open.lowerBound, to: close.upperBound)
                result += written
                byteDelta += original - written.utf8.count
                shifts.append(.init(firstColumnAfter: result.utf8.count + 1, byteDeltaSoFar: byteDelta))
            } else if figures.withheld.contains(fullName) {
                // Its declaration's error is reported in figures.yaml; the reference stays as written.
                result += rest[open.lowerBound..<close.upperBound]
            } else {
                let hint = hints[fullName] ?? Suggestion.didYouMean(fullName, among: figures.names)
                    ?? "figure names are listed in output/data/figures.csv"
                hints[fullName] = hint
                diagnostics.error("unknown figure \"\(name)\"", at: location, hint: hint)
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// `theme.delegates` inside a theme page means `theme.SLUG.delegates`.
    static func qualified(_ name: String, themeSlug: String?) -> String {
        let parts = name.split(ascii: ".", omittingEmptySubsequences: false)
        if let themeSlug, parts.count == 2, parts[0] == "theme" {
            return "theme.\(themeSlug).\(parts[1])"
        }
        return name
    }
}
