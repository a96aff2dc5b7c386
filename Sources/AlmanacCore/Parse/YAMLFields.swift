import Yams
import Foundation

/// A YAML mapping checked against the fields it may hold, with typed, located accessors.
struct YAMLFields {
    let document: YAMLDocument
    let node: Node
    /// What the mapping describes, for messages: "event", "register entry", …
    let what: String
    private let values: [String: Node]

    /// Checks the mapping: unknown fields (with a did-you-mean) and missing required ones are errors.
    init?(_ node: Node, in document: YAMLDocument, what: String, required: [String], optional: [String],
          diagnostics: inout Diagnostics) {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\(what) must be a mapping of fields (\(required.joined(separator: ", ")))",
                              at: document.location(node))
            return nil
        }
        self.document = document
        self.node = node
        self.what = what
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.error("\(what) field names must be plain text", at: document.location(key))
                continue
            }
            guard required.contains(name) || optional.contains(name) else {
                let allowed = required + optional
                diagnostics.error("unknown field \"\(name)\" in \(what)", at: document.location(key),
                                  hint: Suggestion.didYouMean(name, among: allowed)
                                    ?? "allowed fields: \(allowed.joined(separator: ", "))")
                continue
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            diagnostics.error("\(what) is missing required field \"\(name)\"", at: document.location(node))
        }
        self.values = values
    }

    var location: SourceLocation { document.location(node) }

    func has(_ key: String) -> Bool { values[key] != nil }

    func node(_ key: String) -> Node? { values[key] }

    func location(_ key: String) -> SourceLocation {
        values[key].map(document.location) ?? location
    }

    func text(_ key: String, diagnostics: inout Diagnostics) -> String? {
        values[key].flatMap { document.text($0, field: key, diagnostics: &diagnostics) }
    }

    func count(_ key: String, diagnostics: inout Diagnostics) -> Int? {
        values[key].flatMap { document.wholeNumber($0, field: key, maximum: nil, diagnostics: &diagnostics) }
    }

    func percent(_ key: String, diagnostics: inout Diagnostics) -> Int? {
        values[key].flatMap { document.wholeNumber($0, field: key, maximum: 100, diagnostics: &diagnostics) }
    }

    func flag(_ key: String, diagnostics: inout Diagnostics) -> Bool? {
        values[key].flatMap { document.flag($0, field: key, diagnostics: &diagnostics) }
    }

    func identifier(_ key: String, diagnostics: inout Diagnostics) -> String? {
        values[key].flatMap { document.identifier($0, field: key, diagnostics: &diagnostics) }
    }

    func date(_ key: String, diagnostics: inout Diagnostics) -> PartialDate? {
        guard let node = values[key], let text = document.text(node, field: key, diagnostics: &diagnostics) else { return nil }
        guard let date = PartialDate(text) else {
            diagnostics.error("\"\(key)\" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not \"\(text)\"",
                              at: document.location(node))
            return nil
        }
        return date
    }

    /// A list of ids, each with its location; a single id is accepted as a one-item list.
    func identifiers(_ key: String, diagnostics: inout Diagnostics) -> [(id: String, location: SourceLocation)]? {
        guard let node = values[key] else { return nil }
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            diagnostics.error("\"\(key)\" must be a list of ids", at: document.location(node))
            return nil
        }
        return items.compactMap { item in
            document.identifier(item, field: key, diagnostics: &diagnostics).map { ($0, document.location(item)) }
        }
    }
}

extension YAMLDocument {
    func text(_ node: Node, field: String, diagnostics: inout Diagnostics) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.error("\"\(field)\" must be text, not a \(node.mapping != nil ? "mapping" : "list")",
                              at: location(node))
            return nil
        }
        if ScalarReading.isEmpty(scalar.string, plain: scalar.style == .plain) {
            diagnostics.error("\"\(field)\" is empty", at: location(node))
            return nil
        }
        return scalar.string
    }

    func wholeNumber(_ node: Node, field: String, maximum: Int?, diagnostics: inout Diagnostics) -> Int? {
        guard let text = text(node, field: field, diagnostics: &diagnostics) else { return nil }
        switch ScalarReading.wholeNumber(text, maximum: maximum) {
        case .value(let value):
            return value
        case .notDigits:
            diagnostics.error("\"\(field)\" must be a whole number, not \"\(text)\"", at: location(node))
        case .leadingZero:
            diagnostics.error("\"\(field)\" must be written without a leading zero, not \"\(text)\"", at: location(node))
        case .negative:
            diagnostics.error("\"\(field)\" must not be negative (\(text))", at: location(node))
        case .overMaximum(let value):
            diagnostics.error("\"\(field)\" is a percentage and must be at most \(maximum ?? 0), not \(value)", at: location(node))
        }
        return nil
    }

    func flag(_ node: Node, field: String, diagnostics: inout Diagnostics) -> Bool? {
        guard let text = text(node, field: field, diagnostics: &diagnostics) else { return nil }
        guard let flag = ScalarReading.flag(text) else {
            diagnostics.error("\"\(field)\" must be true or false, not \"\(text)\"", at: location(node))
            return nil
        }
        return flag
    }

    func identifier(_ node: Node, field: String, diagnostics: inout Diagnostics) -> String? {
        guard let text = text(node, field: field, diagnostics: &diagnostics) else { return nil }
        guard Identifier.isValid(text) else {
            diagnostics.error("\"\(text)\" is not a valid id in \"\(field)\"", at: location(node),
                              hint: "ids use lower-case letters, digits, - and _, at most 64 characters")
            return nil
        }
        return text
    }

    /// The items of a top-level list, or an error when the document is something else.
    func listItems(what: String, diagnostics: inout Diagnostics) -> [Node] {
        guard case .sequence(let sequence) = root else {
            diagnostics.error("file must be a list of \(what) entries", at: location(root))
            return []
        }
        return Array(sequence)
    }
}

/// The rules ids and slugs follow, so they are safe in URLs and file names.
enum Identifier {
    /// Checked on UTF-8 bytes: every valid id is ASCII, so its bytes are its characters (and any other byte fails).
    static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, bytes.count <= 64, isLowerAlphanumeric(first) else { return false }
            for byte in bytes where !isLowerAlphanumeric(byte) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") {
                return false
            }
            return true
        }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }
}
