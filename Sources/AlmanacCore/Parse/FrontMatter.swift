/// Splits a Markdown file into its YAML front matter and its body, keeping line numbers.
struct FrontMatter {
    let yaml: String
    /// Lines before the YAML's first line (the opening `---`).
    let yamlLineOffset: Int
    let body: MarkdownSource

    static func split(_ file: SourceFile, diagnostics: inout Diagnostics) -> FrontMatter? {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            let blank = file.text.allSatisfy(\.isWhitespace)
            diagnostics.error(blank ? "file is empty" : "file must start with front matter: a line \"---\", YAML fields, then \"---\"",
                              at: .file(file.path), hint: "see docs/content-format.md")
            return nil
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            diagnostics.error("front matter is not closed: no line \"---\" after the opening one", at: .file(file.path))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlLineOffset: 1,
                           body: MarkdownSource(text: body, path: file.path, firstLine: close + 2))
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
