/// GitHub-style pipe tables and footnotes are not CommonMark: cmark shows them as plain text, so the author is told
/// what to write instead.
enum UnsupportedMarkdown {
    static let pipeTable = "pipe tables are not supported; write a fenced ```table block with CSV (see docs/content-format.md)"
    static let footnote = "footnotes are not supported; write the note in the text or in brackets"

    /// Warnings with 1-based lines and UTF-8 byte columns; lines inside `codeLines` (code blocks) are not read, nor
    /// code spans, nor a link whose text starts with `^` (`[^x](url)`).
    static func warnings(in markdown: String, codeLines: [ClosedRange<Int>]) -> [(message: String, line: Int, column: Int)] {
        guard ByteSearch.contains("|", in: markdown) || ByteSearch.contains("[^", in: markdown) else { return [] }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        var isCode = [Bool](repeating: false, count: lines.count + 2)
        for range in codeLines { for line in range where line < isCode.count { isCode[line] = true } }
        func inCode(_ line: Int) -> Bool { isCode[line] }
        var warnings: [(String, Int, Int)] = []
        for (offset, bytes) in lines.enumerated() where !inCode(offset + 1) {
            let content = contentStart(bytes)
            if bytes.contains(UInt8(ascii: "|")), offset + 1 < lines.count, !inCode(offset + 2),
               isDelimiterRow(lines[offset + 1]) {
                warnings.append((pipeTable, offset + 1, content + 1))
            }
            var inCodeSpan = false
            for index in bytes.indices {
                if bytes[index] == UInt8(ascii: "`") { inCodeSpan.toggle() }
                if !inCodeSpan, bytes[index] == UInt8(ascii: "["), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "^"),
                   let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "]")), close > index + 2,
                   !bytes[(index + 2)..<close].contains(UInt8(ascii: " ")), bytes[(close + 1)...].first != UInt8(ascii: "(") {
                    warnings.append((footnote, offset + 1, index + 1))
                }
            }
        }
        return warnings
    }

    /// Where a line's text starts after indentation and block-quote markers (0-based byte index).
    private static func contentStart(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
        return index
    }

    /// `|---|:--:|`, `--- | ---`: dashes with optional colons, cells split by at least one pipe.
    static func isDelimiterRow(_ bytes: [UInt8]) -> Bool {
        let text = bytes[contentStart(bytes)...]
        guard text.contains(UInt8(ascii: "|")), text.contains(UInt8(ascii: "-")) else { return false }
        var cells = text.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        if cells.first?.allSatisfy({ $0 == UInt8(ascii: " ") }) == true, text.first == UInt8(ascii: "|") { cells.removeFirst() }
        if cells.last?.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) == true { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy { cell in
            let trimmed = cell.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }
            var core = trimmed[...]
            if core.first == UInt8(ascii: ":") { core = core.dropFirst() }
            if core.last == UInt8(ascii: ":") { core = core.dropLast() }
            return !core.isEmpty && core.allSatisfy { $0 == UInt8(ascii: "-") }
        }
    }
}
