/// Turns cmark's (line, UTF-8 byte column) into a column in Unicode scalars without re-reading the text from its start
/// for every diagnostic: line starts are found once, and a query at or after the previous one on the same line
/// counts on from there, so a document-order run of queries is linear in the text. It also answers the other way
/// round, the byte at a (line, scalar column) such as a YAML mark.
struct ScalarColumnIndex {
    private let bytes: [UInt8]
    /// Byte offset of the first byte of each line; lines end at "\n" (the loader has already removed "\r").
    private let lineStarts: [Int]
    /// The last answer: on `line`, `byteOffset` bytes into it is scalar column `column`.
    private var cursor = (line: 0, byteOffset: 0, column: 1)

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while let newline = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: buffer, from: offset) {
                offset = newline + 1
                starts.append(offset)
            }
        }
        lineStarts = starts
    }

    /// How many lines the text has, as splitting it at every "\n" would count them.
    var lineCount: Int { lineStarts.count }

    /// The 1-based scalar column of the 1-based `byteColumn` on 1-based `line`, or nil when there is no such line.
    /// A byte column past the end of the line counts as the end of the line; one inside a scalar counts as that scalar.
    mutating func column(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let target = min(max(byteColumn - 1, 0), lineEnd - lineStart)
        var (offset, column) = (0, 1)
        if cursor.line == line, cursor.byteOffset <= target { (offset, column) = (cursor.byteOffset, cursor.column) }
        bytes.withUnsafeBufferPointer { buffer in
            // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a scalar.
            for index in (lineStart + offset)..<(lineStart + target) where buffer[index] & 0xC0 != 0x80 { column += 1 }
        }
        cursor = (line, target, column)
        // A byte inside a multi-byte scalar counts as that scalar, as String's index rounding does.
        let insideScalar = lineStart + target < lineEnd && bytes[lineStart + target] & 0xC0 == 0x80
        return insideScalar ? column - 1 : column
    }

    /// The first byte of the scalar at 1-based scalar `column` on 1-based `line`, or nil past the line's end.
    func byte(line: Int, column: Int) -> UInt8? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        var index = lineStarts[line - 1], remaining = column - 1
        while index < lineEnd && remaining > 0 {
            index += 1
            // Step over the rest of a multi-byte scalar: its continuation bytes are 10xxxxxx.
            while index < lineEnd && bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index < lineEnd ? bytes[index] : nil
    }
}
