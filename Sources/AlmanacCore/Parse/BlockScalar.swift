/// A folded (`>`) or literal (`|`) block scalar as libyaml reads it, in the cases `SimpleYAMLReader` takes: clip or
/// strip chomping (`>`, `>-`, `|`, `|-`) with nothing after the indicator but spaces, and content lines at one
/// indentation, deeper than the key's, none ending in a space, with blank lines only between them (figures.yaml's
/// findings, report.yaml's data note). Anything else (keep chomping, an indentation indicator, a comment, a more
/// indented line, a blank line first) is nil, and Yams reads the text.
struct BlockScalar {
    let text: String
    let isFolded: Bool
    /// Where the last content line ends (at its line break, or the end of the text).
    let end: Int

    /// `indicator` is the `>` or `|` on a line that ends at `headerEnd`; `indent` is the key's column.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, indicator: Int, headerEnd: Int, indent: Int) {
        isFolded = bytes[indicator] == UInt8(ascii: ">")
        var position = indicator + 1
        let strip = position < headerEnd && bytes[position] == UInt8(ascii: "-")
        if strip { position += 1 }
        while position < headerEnd, bytes[position] == 0x20 { position += 1 }
        guard position == headerEnd else { return nil }
        var text: [UInt8] = []
        var contentIndent: Int?, blanks = 0, end = headerEnd
        var lineStart = headerEnd + 1
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, bytes[first] == 0x20 { first += 1 }
            let lineIndent = first - lineStart
            if first == lineEnd {
                // A blank line: an empty line of the scalar when no deeper than its content (deeper, its spaces
                // would be content); taken only between content lines.
                guard let contentIndent, lineIndent <= contentIndent else { return nil }
                blanks += 1
            } else if let contentIndent, lineIndent < contentIndent {
                // The scalar ends at a line back at the key's column or before it.
                guard lineIndent <= indent else { return nil }
                break
            } else {
                if let contentIndent {
                    guard lineIndent == contentIndent else { return nil }
                    // Folded, the break between two lines becomes a space and each blank line a line break;
                    // literal, every line break stays.
                    let breaks = isFolded ? blanks : blanks + 1
                    text.append(contentsOf: breaks == 0 ? [0x20] : [UInt8](repeating: 0x0A, count: breaks))
                } else {
                    guard lineIndent > indent else { return nil }
                    contentIndent = lineIndent
                }
                guard bytes[lineEnd - 1] != 0x20 else { return nil }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first ..< lineEnd]))
                blanks = 0
                end = lineEnd
            }
            lineStart = lineEnd + 1
        }
        guard contentIndent != nil else { return nil }
        // Clip keeps the last content line's break, when it has one; strip drops it.
        if !strip && end < bytes.count { text.append(0x0A) }
        self.text = String(decoding: text, as: UTF8.self)
        self.end = end
    }
}
