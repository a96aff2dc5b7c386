/// RFC 4180 CSV for ```table blocks, keeping the line each row starts on so a problem can be reported where it is.
enum CSVParser {
    /// One record: its fields, and the 0-based line of the text it starts on.
    struct Row: Equatable {
        var cells: [String]
        var line: Int
    }

    /// Why the text is not CSV: 0-based line, 1-based column in UTF-8 bytes.
    struct Failure: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The rows of `text`. Quoted fields may hold commas, line breaks and doubled quotes; spaces around a
    /// field are dropped; a blank line is skipped; `\r\n` ends a row like `\n`.
    static func parse(_ text: String) -> Result<[Row], Failure> {
        let bytes = Array(text.utf8)
        let (quote, comma, newline, cr) = (UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var rows: [Row] = []
        var cells: [String] = []
        var (index, line, lineStart, rowLine) = (0, 0, 0, 0)
        var rowHasQuote = false
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] == quote {
                let opened = Failure(message: "quoted field is not closed: add the closing \" (a quote inside a field is written \"\")",
                                     line: line, column: index - lineStart + 1)
                rowHasQuote = true
                index += 1
                var value: [UInt8] = []
                while true {
                    guard index < bytes.count else { return .failure(opened) }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            value.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == newline { (line, lineStart) = (line + 1, index + 1) }
                    value.append(byte)
                    index += 1
                }
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, ![comma, newline, cr].contains(bytes[index]) {
                    return .failure(Failure(message: "text after a closing quote: put the whole field in quotes and write a quote inside it as \"\"",
                                            line: line, column: index - lineStart + 1))
                }
                cells.append(String(decoding: value, as: UTF8.self))
            } else {
                let start = index
                while index < bytes.count, ![comma, newline, cr].contains(bytes[index]) { index += 1 }
                var end = index
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
                cells.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            if index < bytes.count, bytes[index] == comma {
                index += 1
                continue
            }
            if index < bytes.count, bytes[index] == cr { index += 1 }
            if rowHasQuote || cells.count > 1 || !cells[0].isEmpty {
                rows.append(Row(cells: cells, line: rowLine))
            }
            (cells, rowHasQuote) = ([], false)
            guard index < bytes.count else { break }
            if bytes[index] == newline { index += 1 }
            (line, lineStart, rowLine) = (line + 1, index, line + 1)
        }
        return .success(rows)
    }
}
