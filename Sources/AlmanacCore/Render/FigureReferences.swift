import Foundation

/// Replaces `{{figure-name}}` in Markdown with the computed value, reporting unknown names where they stand.
enum FigureReferences {
    /// The Markdown with every reference replaced; `themeSlug` lets `{{theme.x}}` mean this theme's figure.
    static func substitute(in source: MarkdownSource, figures: FigureTable, themeSlug: String?,
                           diagnostics: inout Diagnostics) -> SubstitutedMarkdown {
        guard source.text[...].utf8Range(of: "{{") != nil else { return SubstitutedMarkdown(text: source.text) }
        var output = SubstitutedMarkdown(text: "")
        output.text.reserveCapacity(source.text.utf8.count)
        for (offset, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { output.text += "\n" }
            var shifts: [SubstitutedMarkdown.Shift] = []
            output.text += substitute(line: line, lineNumber: source.firstLine + offset, path: source.path,
                                      figures: figures, themeSlug: themeSlug, shifts: &shifts, diagnostics: &diagnostics)
            if !shifts.isEmpty { output.shifts[offset + 1] = shifts }
        }
        return output
    }

    private static func substitute(line: Substring, lineNumber: Int, path: String, figures: FigureTable,
                                   themeSlug: String?, shifts: inout [SubstitutedMarkdown.Shift],
                                   diagnostics: inout Diagnostics) -> String {
        var result = ""
        var rest = line
        while let open = rest.utf8Range(of: "{{") {
            result += rest[..<open.lowerBound]
            let column = line.unicodeScalars.distance(from: line.startIndex, to: open.lowerBound) + 1
            let location = SourceLocation(path: path, line: lineNumber, column: column)
            guard let close = rest[open.upperBound...].utf8Range(of: "}}") else {
                diagnostics.error("figure reference is not closed with }}", at: location)
                result += rest[open.lowerBound...]
                return result
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            let fullName = qualified(name, themeSlug: themeSlug)
            if let figure = figures[fullName] {
                let written = figure.formatted
                let original = line.utf8.distance(from: open.lowerBound, to: close.upperBound)
                result += written
                shifts.append(.init(firstColumnAfter: result.utf8.count + 1, byteDelta: original - written.utf8.count))
            } else {
                diagnostics.error("unknown figure \"\(name)\"", at: location,
                                  hint: Suggestion.didYouMean(fullName, among: figures.names)
                                    ?? "figure names are listed in output/data/figures.csv")
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// `theme.peer_projects` inside a theme page means `theme.SLUG.peer_projects`.
    static func qualified(_ name: String, themeSlug: String?) -> String {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if let themeSlug, parts.count == 2, parts[0] == "theme" {
            return "theme.\(themeSlug).\(parts[1])"
        }
        return name
    }
}

/// Markdown with figure values written in, and how to map a position in it back to the author's text.
struct SubstitutedMarkdown {
    /// On one line: from `firstColumnAfter` (1-based, in UTF-8 bytes) on, the author's text was `byteDelta` longer.
    struct Shift {
        var firstColumnAfter: Int
        var byteDelta: Int
    }

    var text: String
    /// 1-based line within the body to its shifts, in column order.
    var shifts: [Int: [Shift]] = [:]

    /// cmark's 1-based byte column on a substituted line, as a column in Unicode scalars in the author's line.
    func originalColumn(line: Int, byteColumn: Int, in source: MarkdownSource) -> Int {
        let byte = byteColumn + (shifts[line] ?? []).filter { $0.firstColumnAfter <= byteColumn }.reduce(0) { $0 + $1.byteDelta }
        let lines = source.text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return byteColumn }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byte - 1, utf8.count))
        return lines[line - 1].unicodeScalars.distance(from: lines[line - 1].startIndex, to: end) + 1
    }
}
