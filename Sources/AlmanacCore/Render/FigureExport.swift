import Foundation

/// Writes every figure as open data: `figures.json` and `figures.csv`, in a stable order.
enum FigureExport {
    static func json(_ figures: FigureTable) -> String {
        var lines: [String] = []
        for figure in figures.ordered {
            var fields = [
                "\"name\": \(quoted(figure.name))", "\"value\": \(figure.value)", "\"unit\": \(quoted(figure.unit.rawValue))",
                "\"rule\": \(quoted(figure.rule))", "\"source\": \(quoted(figure.source))",
            ]
            if let declared = figure.declared {
                fields.append("\"declared\": {\"value\": \(declared.value), \"source\": \(quoted(declared.source))}")
            }
            lines.append("    {" + fields.joined(separator: ", ") + "}")
        }
        return "{\n  \"figures\": [\n" + lines.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    static func csv(_ figures: FigureTable) -> String {
        var out = "name,value,unit,rule,source,declared_value,declared_source\n"
        for figure in figures.ordered {
            let row = [figure.name, String(figure.value), figure.unit.rawValue, figure.rule, figure.source,
                       figure.declared.map { String($0.value) } ?? "", figure.declared?.source ?? ""]
            out += row.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
    static func csvField(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Int(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
