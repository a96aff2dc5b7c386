import Yams

/// One strings file read into located entries, before it is compared with the default language's file.
struct StringsFile {
    /// What a key holds: a text, the forms of a plural, or a list (`months`, `number_words`).
    enum Value {
        case text(String)
        case plural([PluralCategory: String])
        case list([String])
    }

    let path: String
    var values: [String: Value] = [:]
    /// Where each key is written, for messages about it.
    var locations: [String: SourceLocation] = [:]
    /// Each group a key is inside ("a" and "a.b" for "a.b.c"), with the first key found in it.
    private var groups: [String: String] = [:]
    var pluralRule: (rule: PluralRule, location: SourceLocation)?

    /// Keys whose value is a list; every other key holds a text or a plural.
    static let listKeys: Set<String> = ["months", "number_words"]

    /// Reads the YAML; every problem is reported, and the entries that could be read are kept.
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> StringsFile? {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes,
                                                diagnostics: &diagnostics) else { return nil }
        guard case .mapping = document.root else {
            diagnostics.error("a strings file must map keys to texts", at: document.location(document.root),
                              hint: "see docs/templates.md, \"Strings and languages\"")
            return nil
        }
        var strings = StringsFile(path: file.path)
        strings.read(document.root, prefix: "", in: document, diagnostics: &diagnostics)
        return strings
    }

    private mutating func read(_ node: Node, prefix: String, in document: YAMLDocument, diagnostics: inout Diagnostics) {
        guard case .mapping(let mapping) = node else { return }
        for (keyNode, value) in mapping {
            let location = document.location(keyNode)
            guard let name = keyNode.scalar?.string, Self.isValidKey(name) else {
                diagnostics.error("\"\(keyNode.scalar?.string ?? "")\" is not a valid strings key", at: location,
                                  hint: "keys are lower-case letters, digits and _, in parts joined by dots")
                continue
            }
            let key = prefix.isEmpty ? name : prefix + "." + name
            if key == "plural_rule" {
                readPluralRule(value, in: document, diagnostics: &diagnostics)
            } else if Self.listKeys.contains(key) {
                guard case .sequence(let items) = value else {
                    diagnostics.error("\"\(key)\" must be a list of texts", at: document.location(value))
                    continue
                }
                add(key, .list(items.compactMap { Self.text($0, key: key, in: document, diagnostics: &diagnostics) }),
                    at: location, diagnostics: &diagnostics)
            } else if case .mapping(let forms) = value, forms.keys.contains(where: { $0.scalar?.string == "other" }) {
                var plural: [PluralCategory: String] = [:]
                for (formKey, formValue) in forms {
                    guard let category = formKey.scalar.flatMap({ PluralCategory(rawValue: $0.string) }) else {
                        diagnostics.error("\"\(formKey.scalar?.string ?? "")\" is not a plural category in \"\(key)\"",
                                          at: document.location(formKey),
                                          hint: "plural forms are zero, one, two, few, many and other")
                        continue
                    }
                    plural[category] = Self.text(formValue, key: key, in: document, diagnostics: &diagnostics)
                }
                add(key, .plural(plural), at: location, diagnostics: &diagnostics)
            } else if case .mapping = value {
                read(value, prefix: key, in: document, diagnostics: &diagnostics)
            } else if let text = Self.text(value, key: key, in: document, diagnostics: &diagnostics) {
                add(key, .text(text), at: location, diagnostics: &diagnostics)
            }
        }
    }

    private mutating func readPluralRule(_ node: Node, in document: YAMLDocument, diagnostics: inout Diagnostics) {
        guard let name = Self.text(node, key: "plural_rule", in: document, diagnostics: &diagnostics) else { return }
        guard let rule = PluralRule(rawValue: name) else {
            let names = PluralRule.allCases.map(\.rawValue)
            diagnostics.error("unknown plural rule \"\(name)\"", at: document.location(node),
                              hint: Suggestion.didYouMean(name, among: names) ?? "plural rules: \(names.joined(separator: ", "))")
            return
        }
        pluralRule = (rule, document.location(node))
    }

    /// Adds a key once; a key written twice (`a.b` and `a: {b}`) or both a text and a group of texts is an error.
    private mutating func add(_ key: String, _ value: Value, at location: SourceLocation, diagnostics: inout Diagnostics) {
        if let earlier = locations[key] {
            diagnostics.error("strings key \"\(key)\" is given twice (also at line \(earlier.line))", at: location)
            return
        }
        // The groups the key is inside, "a" and "a.b" for "a.b.c", cut at each dot (splitting and joining the parts
        // again was most of reading the file: 1 M of a strings file's 4 M instructions).
        var prefixes: [String] = []
        var rest = key.utf8[...]
        while let dot = rest.firstIndex(of: UInt8(ascii: ".")) {
            prefixes.append(String(key[..<dot]))
            rest = rest[rest.index(after: dot)...]
        }
        for prefix in prefixes where locations[prefix] != nil {
            diagnostics.error("strings key \"\(key)\" is inside \"\(prefix)\", which is a text", at: location,
                              hint: "rename one of them: a key cannot be both a text and a group of texts")
            return
        }
        if let inside = groups[key] {
            diagnostics.error("strings key \"\(key)\" is also the group of \"\(inside)\"", at: location,
                              hint: "rename one of them: a key cannot be both a text and a group of texts")
            return
        }
        values[key] = value
        locations[key] = location
        for prefix in prefixes where groups[prefix] == nil { groups[prefix] = key }
    }

    /// A text value: any scalar but an unquoted null; quoted text may be empty or only spaces (`" and "`).
    private static func text(_ node: Node, key: String, in document: YAMLDocument, diagnostics: inout Diagnostics) -> String? {
        guard let scalar = node.scalar else {
            diagnostics.error("\"\(key)\" must be text", at: document.location(node),
                              hint: "a plural is a mapping with the forms zero, one, two, few, many and other")
            return nil
        }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            diagnostics.error("\"\(key)\" is empty", at: document.location(node))
            return nil
        }
        return scalar.string
    }

    /// Lower-case ASCII letters, digits and `_`, in non-empty parts joined by dots.
    static func isValidKey(_ key: String) -> Bool {
        var previous = UInt8(ascii: ".")
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): break
            case UInt8(ascii: ".") where previous != UInt8(ascii: "."): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: ".")
    }
}
