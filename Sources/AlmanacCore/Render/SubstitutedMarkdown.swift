/// Markdown with figure values written in, and how to map a position in it back to the author's text.
struct SubstitutedMarkdown {
    /// On one line: from `firstColumnAfter` (1-based, in UTF-8 bytes) on, the author's text was `byteDeltaSoFar`
    /// longer, counting every substitution on the line up to this one.
    struct Shift {
        var firstColumnAfter: Int
        var byteDeltaSoFar: Int
    }

    /// What cmark parses: the author's text with each known `{{figure}}` replaced by its formatted value.
    var text: String
    /// 1-based line within the body to its shifts, in column order.
    var shifts: [Int: [Shift]] = [:]
    /// Line starts of the author's text, found on the first call to `originalColumn`.
    private var authorColumns: ScalarColumnIndex?

    /// Text with no substitutions yet; `FigureReferences` adds the shifts as it writes values in.
    init(text: String) {
        self.text = text
    }

    /// cmark's 1-based byte column on a substituted line, as a column in Unicode scalars in the author's line.
    /// Linear over a run of calls in document order: no call re-reads the text before the previous one.
    mutating func originalColumn(line: Int, byteColumn: Int, in source: MarkdownSource) -> Int {
        let byte = byteColumn + byteDelta(line: line, byteColumn: byteColumn)
        if authorColumns == nil { authorColumns = ScalarColumnIndex(source.text) }
        return authorColumns?.column(line: line, byteColumn: byte) ?? byteColumn
    }

    /// How many bytes longer the author's line was before `byteColumn`: the last shift at or before it, found by bisection.
    func byteDelta(line: Int, byteColumn: Int) -> Int {
        guard let lineShifts = shifts[line] else { return 0 }
        var (low, high) = (0, lineShifts.count)
        while low < high {
            let middle = (low + high) / 2
            if lineShifts[middle].firstColumnAfter <= byteColumn { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : lineShifts[low - 1].byteDeltaSoFar
    }
}
