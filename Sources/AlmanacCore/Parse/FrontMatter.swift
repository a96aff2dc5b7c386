/// Splits a Markdown file into its YAML front matter and its body, keeping line numbers.
struct FrontMatter {
    let yaml: String
    /// Lines before the YAML's first line (the opening `---`).
    let yamlLineOffset: Int
    let body: MarkdownSource

    static func split(_ file: SourceFile, diagnostics: inout Diagnostics) -> FrontMatter? {
        // Walk line by line only through the front matter; the body is taken whole.
        var lines = file.text[...].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            let blank = file.text.allSatisfy(\.isWhitespace)
            diagnostics.error(blank ? "file is empty" : "file must start with front matter: a line \"---\", YAML fields, then \"---\"",
                              at: .file(file.path), hint: "see docs/content-format.md")
            return nil
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while lines.count == 2 {
            lines = lines[1].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            lineNumber += 1
            let line = lines[0].trimmingTrailingSpaces
            if line == "---" || line == "..." {
                let body = lines.count == 2 ? String(lines[1]) : ""
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlLineOffset: 1,
                                   body: MarkdownSource(text: body, path: file.path, firstLine: lineNumber + 1))
            }
            yamlLines.append(lines[0])
        }
        diagnostics.error("front matter is not closed: no line \"---\" after the opening one", at: .file(file.path))
        return nil
    }

    /// The slug a file name gives: `01-better-brighter-futures.md` → `better-brighter-futures`.
    static func slug(fromFileName relativePath: String) -> String {
        var name = Substring(relativePath.split(separator: "/").last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        let digits = name.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, name.dropFirst(digits.count).first == "-" {
            name = name.dropFirst(digits.count + 1)
        }
        return String(name)
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
