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
                    // The YAML lines without the newline that ends the last one, and where the body starts.
                    return .parts(yaml: lineStart > yamlStart ? yamlStart..<(lineStart - 1) : 0..<0,
                                  body: newline.map { $0 + 1 }, bodyLine: lineNumber + 1)
                }
                guard let newline else { break }
                lineStart = newline + 1
            }
            return .notClosed
        }
        switch found {
        case .parts(let yamlBytes, let bodyStart, let bodyLine):
            // Cut from the file's own text, which is valid UTF-8 and splits at line breaks: not decoded again
            // (decoding an 8 KB body was 50,000 instructions), and the body not even copied (see `MarkdownSource`).
            let utf8 = text.utf8
            func offset(_ byte: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: byte) }
            let yaml = yamlBytes.isEmpty ? "" : String(text[offset(yamlBytes.lowerBound)..<offset(yamlBytes.upperBound)])
            let body = bodyStart.map { text[offset($0)...] } ?? ""
            return FrontMatter(yaml: yaml, yamlLineOffset: 1, body: MarkdownSource(slice: body, path: file.path, firstLine: bodyLine))
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
        /// Byte ranges of the file's text: the YAML, and where the body starts (nil: the file ends at the fence).
        case parts(yaml: Range<Int>, body: Int?, bodyLine: Int)
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
        if let slug = asciiSlug(fromFileName: relativePath) { return slug }
        var name = Substring(relativePath.split(separator: "/").last ?? "")
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        let digits = name.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, name.dropFirst(digits.count).first == "-" {
            name = name.dropFirst(digits.count + 1)
        }
        return String(name)
    }

    /// `slug(fromFileName:)` on bytes for an ASCII path, where every byte is a Character; nil for any other path.
    private static func asciiSlug(fromFileName relativePath: String) -> String? {
        var path = relativePath
        return path.withUTF8 { bytes -> String? in
            // A path ending in "/" names its last folder in the Character version (split drops the empty part).
            guard bytes.allSatisfy({ $0 < 0x80 }), bytes.last != UInt8(ascii: "/") else { return nil }
            var start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1, end = bytes.count
            if end - start >= 3, bytes[end - 3] == UInt8(ascii: "."), bytes[end - 2] == UInt8(ascii: "m"),
               bytes[end - 1] == UInt8(ascii: "d") { end -= 3 }
            var digits = start
            while digits < end, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digits]) { digits += 1 }
            if digits > start, digits < end, bytes[digits] == UInt8(ascii: "-") { start = digits + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
