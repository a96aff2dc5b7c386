import Testing
@testable import AlmanacCore

/// Byte columns to scalar columns without re-reading the text: the same answers as counting from the line's start.
@Suite struct ScalarColumnIndexTests {
    /// What the renderer did before the index: split the text, then count scalars from the start of the line.
    static func countedFromLineStart(_ text: String, line: Int, byteColumn: Int) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let utf8 = lines[line - 1].utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byteColumn - 1, utf8.count))
        return lines[line - 1].unicodeScalars.distance(from: lines[line - 1].startIndex, to: end) + 1
    }

    @Test func asciiColumnsAreByteColumns() {
        var index = ScalarColumnIndex("abc\ndefgh\n")
        #expect(index.lineCount == 3)
        #expect(index.column(line: 1, byteColumn: 3) == 3)
        #expect(index.column(line: 2, byteColumn: 5) == 5)
        #expect(index.column(line: 3, byteColumn: 1) == 1)
    }

    @Test func multiByteScalarsCountOnce() {
        // "é" is 2 bytes, "€" 3 and "😀" 4: "b" is byte 11 and scalar 5.
        var index = ScalarColumnIndex("x\naé€😀b")
        #expect(index.column(line: 2, byteColumn: 2) == 2)
        #expect(index.column(line: 2, byteColumn: 4) == 3)
        #expect(index.column(line: 2, byteColumn: 7) == 4)
        #expect(index.column(line: 2, byteColumn: 11) == 5)
    }

    @Test func positionsOutsideTheTextAreClamped() {
        var index = ScalarColumnIndex("ab\ncd")
        #expect(index.column(line: 0, byteColumn: 1) == nil)
        #expect(index.column(line: 3, byteColumn: 1) == nil)
        #expect(index.column(line: 1, byteColumn: 40) == 3, "past the end of the line is the end of the line")
        #expect(index.column(line: 2, byteColumn: 0) == 1)
    }

    @Test func answersDoNotDependOnTheOrderOfQuestions() {
        let text = "<b>é</b> and € <i>x</i>\n\n😀<p>\nplain line"
        var positions: [(Int, Int)] = []
        for line in 1...4 { for byte in 1...30 { positions.append((line, byte)) } }
        var forwards = ScalarColumnIndex(text), backwards = ScalarColumnIndex(text)
        let inOrder = positions.map { forwards.column(line: $0.0, byteColumn: $0.1) }
        let reversed = positions.reversed().map { backwards.column(line: $0.0, byteColumn: $0.1) }
        #expect(inOrder == Array(reversed.reversed()))
        #expect(inOrder == positions.map { Self.countedFromLineStart(text, line: $0.0, byteColumn: $0.1) })
    }

    @Test func figureShiftsAreFoundByBisection() {
        var table = FigureTable()
        table.add(Figure(name: "round.interactions", value: 421, unit: .count, rule: "r", source: "s"))
        var diagnostics = Diagnostics()
        // Each "{{round.interactions}}" (22 bytes) becomes "421" (3 bytes): 19 bytes shorter.
        let source = MarkdownSource(text: String(repeating: "{{round.interactions}}é<b>", count: 500), path: "t.md", firstLine: 1)
        var substituted = FigureReferences.substitute(in: source, figures: table, themeSlug: nil, diagnostics: &diagnostics)
        #expect(substituted.shifts[1]?.count == 500)
        #expect(substituted.byteDelta(line: 1, byteColumn: 1) == 0)
        #expect(substituted.byteDelta(line: 1, byteColumn: 4) == 19)
        #expect(substituted.byteDelta(line: 1, byteColumn: 3 * 8 + 4) == 4 * 19)
        // The k-th "<b>" (0-based) starts at byte 8k + 6 of the substituted line and scalar 26k + 24 of the author's.
        for k in [0, 1, 250, 499] {
            #expect(substituted.originalColumn(line: 1, byteColumn: 8 * k + 6, in: source) == 26 * k + 24)
        }
    }
}
