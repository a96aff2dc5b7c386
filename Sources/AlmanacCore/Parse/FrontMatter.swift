/// Splits a Markdown file into its YAML front matter and its body, keeping line numbers.
struct FrontMatter {
    let yaml: String
    /// Lines before the YAML's first line (the opening `---`).
    let yamlLineOffset: Int
    let body: MarkdownSource

    static func split(_ file: SourceFile, diagnostics: inout Diagnostics) -> FrontMatter? {
        // Walk the bytes line by line only through the front matter; the body is taken whole.
        var text = file.text
        let found: Outcome = text.withUTF8 { bytes in
            var lineStart = 0
            var lineNumber = 0
            var yamlStart = 0
            while lineStart < bytes.count || (lineNumber == 0 && bytes.isEmpty) {
                let newline = bytes[lineStart...].firstIndex(of: 10)
                let lineEnd = newline ?? bytes.count
                lineNumber += 1
                let fence = Self.isFence(bytes[lineStart..<lineEnd], closing: lineNumber > 1)
                if lineNumber == 1 {
                    guard fence else { return .noOpeningFence }
                    yamlStart = lineEnd + 1
                } else if fence {
                    // The YAML lines without the newline that ends the last one.
                    let yaml = lineStart > yamlStart ? String(decoding: bytes[yamlStart..<(lineStart - 1)], as: UTF8.self) : ""
                    let body = newline.map { String(decoding: bytes[($0 + 1)...], as: UTF8.self) } ?? ""
                    return .parts(yaml: yaml, body: body, bodyLine: lineNumber + 1)
                }
                guard let newline else { break }
                lineStart = newline + 1
            }
            return .notClosed
        }
        switch found {
        case .parts(let yaml, let body, let bodyLine):
            return FrontMatter(yaml: yaml, yamlLineOffset: 1, body: MarkdownSource(text: body, path: file.path, firstLine: bodyLine))
        case .noOpeningFence:
            let blank = file.text.allSatisfy(\.isWhitespace)
            diagnostics.error(blank ? "file is empty" : "file must start with front matter: a line \"---\", YAML fields, then \"---\"",
                              at: .file(file.path), hint: "see docs/content-format.md")
            return nil
        case .notClosed:
            diagnostics.error("front matter is not closed: no line \"---\" after the opening one", at: .file(file.path))
            return nil
        }
    }

    private enum Outcome {
        case parts(yaml: String, body: String, bodyLine: Int)
        case noOpeningFence, notClosed
    }

    /// `---` (or, to close, `...`) with nothing after it but spaces and tabs.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, closing: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end - line.startIndex == 3 else { return false }
        let marks = line[line.startIndex..<end]
        return marks.allSatisfy { $0 == UInt8(ascii: "-") } || (closing && marks.allSatisfy { $0 == UInt8(ascii: ".") })
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
