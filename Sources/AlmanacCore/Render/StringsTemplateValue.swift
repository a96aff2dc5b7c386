/// The `strings` object templates see: every text and plural by dotted key, `{placeholders}` filled from the page.
///
/// A placeholder names a value of the page being rendered, as a template would (`{report.title}`, `{theme.number}`);
/// a string whose placeholder has no text value on the page is absent there, and the template checker reports
/// the tag that prints it. A plural picks its form by the number in its first placeholder.
enum StringsTemplateValue {
    static func make(_ strings: ReportStrings, page fields: [String: TemplateValue]) -> TemplateValue {
        Shape(strings).value(page: fields)
    }

    /// The strings arranged by dotted key once per build: groups with no placeholder below them are built once
    /// and shared by every page; only texts with placeholders are filled per page.
    struct Shape: Sendable {
        private indirect enum Part: Sendable {
            case fixed(TemplateValue)
            case text(String)
            case plural([PluralCategory: String])
            case group([String: Part])
        }

        private let root: Part
        private let rule: PluralRule

        init(_ strings: ReportStrings) {
            var tree = Node()
            for (key, text) in strings.texts {
                tree.insert(key.split(ascii: ".").map(String.init), text.utf8.contains(UInt8(ascii: "{")) ? .text(text) : .fixed(.text(text)))
            }
            for (key, forms) in strings.plurals {
                tree.insert(key.split(ascii: ".").map(String.init), .plural(forms))
            }
            root = tree.part
            rule = strings.pluralRule
        }

        /// The `strings` object of one page.
        func value(page fields: [String: TemplateValue]) -> TemplateValue {
            Self.value(root, rule: rule, page: fields)
        }

        private static func value(_ part: Part, rule: PluralRule, page fields: [String: TemplateValue]) -> TemplateValue {
            switch part {
            case .fixed(let value): return value
            case .text(let text): return .deferred { fill(text, page: fields) }
            case .plural(let forms):
                return .deferred {
                    let form = forms[.other] ?? ""
                    guard let first = ReportStrings.placeholders(in: form).first, let value = lookup(first, in: fields) else {
                        return .missing
                    }
                    let count = Int(value.filter { $0.isASCII && $0.isNumber }) ?? 0
                    return fill(forms[rule.category(for: count)] ?? form, page: fields)
                }
            // Built when a template looks into the group: most pages name a few groups of the strings file.
            case .group(let children): return .deferred { .object(children.mapValues { value($0, rule: rule, page: fields) }) }
            }
        }

        /// A group of strings being assembled from dotted keys.
        private struct Node {
            var children: [String: Node] = [:]
            var leaf: Part?

            mutating func insert(_ path: [String], _ part: Part) {
                guard let head = path.first else { leaf = part; return }
                children[head, default: Node()].insert(Array(path.dropFirst()), part)
            }

            /// A group whose every member is fixed becomes one fixed object.
            var part: Part {
                if let leaf { return leaf }
                let parts = children.mapValues(\.part)
                var fixed: [String: TemplateValue] = [:]
                for (name, part) in parts {
                    guard case .fixed(let value) = part else { return .group(parts) }
                    fixed[name] = value
                }
                return .fixed(.object(fixed))
            }
        }
    }

    /// The text with every placeholder filled, or `.missing` when one of them has no text value on this page.
    private static func fill(_ text: String, page fields: [String: TemplateValue]) -> TemplateValue {
        var values: [String: String] = [:]
        for name in ReportStrings.placeholders(in: text) {
            guard let value = lookup(name, in: fields) else { return .missing }
            values[name] = value
        }
        return .text(ReportStrings.fill(text, values))
    }

    /// A dotted name's text among the page's values; `strings` itself is never looked into.
    private static func lookup(_ name: String, in fields: [String: TemplateValue]) -> String? {
        let parts = name.split(ascii: ".").map(String.init)
        guard let first = parts.first, first != "strings", var value = fields[first]?.forced else { return nil }
        for part in parts.dropFirst() {
            guard case .object(let inner) = value, let next = inner[part]?.forced else { return nil }
            value = next
        }
        if case .text(let text) = value { return text }
        return nil
    }

    /// Every dotted key below a `strings` object (its groups are built to be listed: only an unknown-string error asks).
    static func keys(of value: TemplateValue, prefix: String = "") -> [String] {
        guard case .object(let fields) = value.forced else { return [prefix] }
        return fields.flatMap { keys(of: $1, prefix: prefix.isEmpty ? $0 : prefix + "." + $0) }
    }
}
