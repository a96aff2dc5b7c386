/// Writes every figure as open data: `figures.json` and `figures.csv`, in a stable order, each figure with the label
/// its declaration gives (in the form its value takes, in the report's language).
/// Both are built byte by byte: a 10,000-page report has 77,000 figures, and String building was a tenth of its render.
enum FigureExport {
    /// `edition` names this edition, so a later one can compare with it (`previous:` in its report.yaml).
    static func json(_ figures: FigureTable, strings: ReportStrings, edition: String) -> [UInt8] {
        var out = ByteText(capacity: figures.count * 200)
        out.append("{\n  \"edition\": ")
        appendQuoted(edition, to: &out)
        out.append(",\n  \"figures\": [\n")
        var definitions: [String: String] = [:]
        for (index, figure) in figures.ordered.enumerated() {
            if index > 0 { out.append(",\n") }
            out.append("    {\"name\": ")
            appendQuoted(figure.name, to: &out)
            out.append(", \"value\": ")
            out.append(String(figure.value))
            out.append(", \"unit\": ")
            appendQuoted(figure.unit.rawValue, to: &out)
            if let label = figure.label {
                out.append(", \"label\": ")
                appendQuoted(strings.label(label, count: figure.value), to: &out)
            }
            if figure.precision != .exact {
                out.append(", \"precision\": ")
                appendQuoted(figure.precision.rawValue, to: &out)
            }
            out.append(", \"provenance\": ")
            appendQuoted(figure.illustrative ? "illustrative" : "published", to: &out)
            if let declaration = figure.declaration {
                // One definition per declaration, not per figure: a declaration grouped by theme has a figure a
                // theme. Declarations are told apart by grouping and name (`events` per theme and per event).
                let key = (declaration.grouping?.rawValue ?? "") + "." + declaration.name
                let definition = definitions[key] ?? declaration.definition
                definitions[key] = definition
                out.append(", \"definition\": ")
                appendQuoted(definition, to: &out)
            }
            if let previous = figure.previous {
                out.append(", \"previous\": {\"edition\": ")
                appendQuoted(previous.edition, to: &out)
                out.append(", \"value\": " + String(previous.value) + ", \"comparable\": " + (previous.comparable ? "true" : "false"))
                if let change = previous.change(from: figure.value) { out.append(", \"change\": " + String(change)) }
                out.append("}")
            }
            out.append(", \"rule\": ")
            appendQuoted(figure.ruleWithCounts, to: &out)
            out.append(", \"source\": ")
            appendQuoted(figure.source, to: &out)
            if let declared = figure.declared {
                out.append(", \"declared\": {\"value\": ")
                out.append(String(declared.value))
                out.append(", \"source\": ")
                appendQuoted(declared.source, to: &out)
                out.append("}")
            }
            out.append("}")
        }
        out.append("\n  ]\n}\n")
        return out.bytes
    }

    static func csv(_ figures: FigureTable, strings: ReportStrings) -> [UInt8] {
        var out = ByteText(capacity: figures.count * 160)
        out.append("name,value,unit,rule,source,declared_value,declared_source,label,precision,provenance,"
                   + "previous_edition,previous_value,change,comparable\n")
        for figure in figures.ordered {
            let row = [figure.name, String(figure.value), figure.unit.rawValue, figure.ruleWithCounts, figure.source,
                       figure.declared.map { String($0.value) } ?? "", figure.declared?.source ?? "",
                       figure.label.map { strings.label($0, count: figure.value) } ?? "", figure.precision.rawValue,
                       figure.illustrative ? "illustrative" : "published",
                       figure.previous?.edition ?? "", figure.previous.map { String($0.value) } ?? "",
                       figure.previous?.change(from: figure.value).map(String.init) ?? "",
                       figure.previous.map { $0.comparable ? "yes" : "no" } ?? ""]
            for (index, field) in row.enumerated() {
                if index > 0 { out.append(",") }
                appendCSVField(field, to: &out)
            }
            out.append("\n")
        }
        return out.bytes
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; other UTF-8 bytes kept.
    static func appendQuoted(_ text: String, to out: inout ByteText) {
        out.bytes.append(UInt8(ascii: "\""))
        var text = text
        // Scanned as a buffer: the generic `allSatisfy` over a String's UTF-8 was 2% of a 1,000-page build.
        let plain = text.withUTF8 { buffer in
            for byte in buffer where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            out.bytes.append(contentsOf: buffer)
            return true
        }
        if !plain {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append("\\\"")
                case UInt8(ascii: "\\"): out.append("\\\\")
                case UInt8(ascii: "\n"): out.append("\\n")
                case UInt8(ascii: "\r"): out.append("\\r")
                case UInt8(ascii: "\t"): out.append("\\t")
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: out.bytes.append(byte)
                }
            }
        }
        out.bytes.append(UInt8(ascii: "\""))
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
    static func appendCSVField(_ text: String, to out: inout ByteText) {
        var text = text
        // One pass over the field's bytes as a buffer: the generic UTF-8 view and an array literal for the formula
        // characters made this 450 instructions a field (108,000 fields at 1,000 pages).
        let (formulaStart, needsQuotes, hasQuote) = text.withUTF8 { buffer -> (Bool, Bool, Bool) in
            var needsQuotes = false, hasQuote = false
            for byte in buffer {
                switch byte {
                case UInt8(ascii: "\""): hasQuote = true; needsQuotes = true
                case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
                default: continue
                }
            }
            let first = buffer.first
            let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@")
            return (formula, needsQuotes, hasQuote)
        }
        let formula = formulaStart && Int(text) == nil
        if needsQuotes { out.bytes.append(UInt8(ascii: "\"")) }
        if formula { out.bytes.append(UInt8(ascii: "'")) }
        text.withUTF8 { buffer in
            if hasQuote {
                for byte in buffer {
                    out.bytes.append(byte)
                    if byte == UInt8(ascii: "\"") { out.bytes.append(byte) }
                }
            } else {
                out.bytes.append(contentsOf: buffer)
            }
        }
        if needsQuotes { out.bytes.append(UInt8(ascii: "\"")) }
    }

    /// One CSV field as text (tests and callers outside the export).
    static func csvField(_ text: String) -> String {
        var out = ByteText(capacity: text.utf8.count + 3)
        appendCSVField(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// A growing UTF-8 buffer for output built piece by piece.
struct ByteText {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
}
