import Foundation

/// Reads the previous edition's published `figures.json` (the file Almanac writes to `data/`): the edition's name
/// and each figure's name, value, unit, rule and definition. A file that is not one is a located error.
enum PreviousEditionParser {
    private struct File: Decodable {
        var edition: String?
        var figures: [Entry]
    }

    private struct Entry: Decodable {
        var name: String
        var value: Int
        var unit: String
        var rule: String
        var definition: String?
        var label: String?
    }

    static func parse(_ file: SourceFile, at location: SourceLocation, diagnostics: inout Diagnostics) -> PreviousEdition? {
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: Data(file.text.utf8))
        } catch {
            diagnostics.error("\(file.path) is not a figures.json Almanac can read (\(describe(error)))", at: .file(file.path),
                              hint: "previous: names the data/figures.json a past edition of the report published")
            return nil
        }
        guard let edition = decoded.edition, !edition.isEmpty else {
            diagnostics.error("\(file.path) does not say which edition it is (\"edition\" at the top)", at: .file(file.path),
                              hint: "figures.json written by this version of Almanac has it; add \"edition\": \"…\" to an older one")
            return nil
        }
        var figures: [PreviousFigure] = []
        for entry in decoded.figures {
            guard let unit = Figure.Unit(rawValue: entry.unit) else {
                diagnostics.error("figure \"\(entry.name)\" in \(file.path) has the unknown unit \"\(entry.unit)\"", at: .file(file.path))
                continue
            }
            figures.append(PreviousFigure(name: entry.name, value: entry.value, unit: unit, definition: entry.definition,
                                          rule: entry.rule, label: entry.label))
        }
        return PreviousEdition(edition: edition, figures: figures, location: location)
    }

    private static func describe(_ error: Error) -> String {
        /// "figure 3" for a list index, the key's name otherwise.
        func place(_ path: [CodingKey]) -> String {
            path.map { key in key.intValue.map { "figure \($0 + 1)" } ?? "\"\(key.stringValue)\"" }.joined(separator: ", ")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing" + (context.codingPath.isEmpty ? "" : " in \(place(context.codingPath))")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(place(context.codingPath)) has the wrong kind of value"
        case DecodingError.dataCorrupted: return "it is not valid JSON"
        default: return "\(error)"
        }
    }
}
