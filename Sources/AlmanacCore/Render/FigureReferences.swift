import Foundation

/// Replaces `{{figure-name}}` in Markdown with the computed value, reporting unknown names where they stand.
enum FigureReferences {
    /// The Markdown with every reference replaced; `themeSlug` lets `{{theme.x}}` mean this theme's figure.
    static func substitute(in source: MarkdownSource, figures: FigureTable, themeSlug: String?,
                           diagnostics: inout Diagnostics) -> String {
        guard source.text[...].utf8Range(of: "{{") != nil else { return source.text }
        var output = ""
        output.reserveCapacity(source.text.utf8.count)
        for (offset, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { output += "\n" }
            output += substitute(line: line, lineNumber: source.firstLine + offset, path: source.path,
                                 figures: figures, themeSlug: themeSlug, diagnostics: &diagnostics)
        }
        return output
    }

    private static func substitute(line: Substring, lineNumber: Int, path: String, figures: FigureTable,
                                   themeSlug: String?, diagnostics: inout Diagnostics) -> String {
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
                result += figure.formatted
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
