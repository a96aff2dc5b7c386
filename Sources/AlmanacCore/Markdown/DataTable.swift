/// A fenced ```table block: CSV with an optional `caption:` line, checked and written as an accessible HTML table.
struct DataTable {
    /// A problem in the block: 0-based line of the block's body, 1-based column in UTF-8 bytes.
    struct Problem {
        var message: String
        var line: Int
        var column: Int
        var isWarning = false
    }

    var caption: String?
    var header: [String]
    var rows: [[String]]

    /// The table in `literal` (the fenced block's body), each caption and cell passed through `cellText` (figure
    /// values are written in there, after the CSV is split, so a value such as "1,346" stays one cell).
    static func parse(_ literal: String, cellText: (String) -> String) -> (table: DataTable?, problems: [Problem]) {
        var body = Substring(literal)
        var caption: String?
        var offset = 0
        let firstLine = body.prefix { $0 != "\n" }
        if firstLine.trimmingFoundationWhitespace().lowercased().hasPrefix("caption:") {
            let text = firstLine.drop { $0 != ":" }.dropFirst().trimmingFoundationWhitespace(newlines: true)
            caption = text.isEmpty ? nil : cellText(text)
            body = body[firstLine.endIndex...].dropFirst()
            offset = 1
        }
        var problems: [Problem] = []
        if caption == nil {
            problems.append(Problem(message: "table has no caption: write a first line \"caption: …\" (screen-reader users find tables by their captions)",
                                    line: 0, column: 1, isWarning: true))
        }
        let rows: [CSVParser.Row]
        switch CSVParser.parse(String(body)) {
        case .success(let parsed): rows = parsed
        case .failure(let failure):
            problems.append(Problem(message: failure.message, line: failure.line + offset, column: failure.column))
            return (nil, problems)
        }
        guard let header = rows.first else {
            problems.append(Problem(message: "table is empty: write a header row and at least one row of CSV", line: offset, column: 1))
            return (nil, problems)
        }
        guard rows.count > 1 else {
            problems.append(Problem(message: "table has a header but no rows below it", line: header.line + offset, column: 1))
            return (nil, problems)
        }
        for row in rows.dropFirst() where row.cells.count != header.cells.count {
            problems.append(Problem(message: "table row has \(row.cells.count) \(row.cells.count == 1 ? "cell" : "cells") but the header has \(header.cells.count): quote a cell that holds a comma",
                                    line: row.line + offset, column: 1))
        }
        guard !problems.contains(where: { !$0.isWarning }) else { return (nil, problems) }
        let table = DataTable(caption: caption, header: header.cells.map(cellText),
                              rows: rows.dropFirst().map { $0.cells.map(cellText) })
        return (table, problems)
    }

    /// The table in its scrolling region; `id` names the caption, which labels the region.
    func html(id: String) -> String {
        let numeric = header.indices.map { column in rows.allSatisfy { Self.isNumber($0[column]) } }
        func cell(_ tag: String, _ scope: String?, _ text: String, _ column: Int) -> String {
            let scopeAttribute = scope.map { " scope=\"\($0)\"" } ?? ""
            let numClass = numeric[column] ? " class=\"num\"" : ""
            return "<\(tag)\(scopeAttribute)\(numClass)>\(HTMLEscaping.escape(text))</\(tag)>"
        }
        var html: String
        if let caption {
            html = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n<table class=\"data-table\">\n"
            html += "<caption id=\"\(id)\">\(HTMLEscaping.escape(caption))</caption>\n"
        } else {
            html = "<div class=\"table-wrap\">\n<table class=\"data-table\">\n"
        }
        html += "<thead>\n<tr>" + header.enumerated().map { cell("th", "col", $1, $0) }.joined() + "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + row.enumerated().map { $0 == 0 ? cell("th", "row", $1, $0) : cell("td", nil, $1, $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    /// Digits with optional grouping commas and decimals, an optional % (or † mark), after an optional "over " or "around ".
    static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text.trimmingFoundationWhitespace())
        for prefix in ["over ", "around "] where rest.lowercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        if rest.hasSuffix("†") { rest = rest.dropLast() }
        if rest.hasSuffix("%") { rest = rest.dropLast() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
