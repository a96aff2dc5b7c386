/// The `strings` object templates see: every text and plural by dotted key, `{placeholders}` filled from the page.
///
/// A placeholder names a value of the page being rendered, as a template would (`{report.title}`, `{theme.number}`);
/// a string whose placeholder has no text value on the page is absent there, and the template checker reports
/// the tag that prints it. A plural picks its form by the number in its first placeholder.
enum StringsTemplateValue {
    static func make(_ strings: ReportStrings, page fields: [String: TemplateValue]) -> TemplateValue {
        var root = Node()
        for (key, text) in strings.texts {
            root.insert(key.split(separator: ".").map(String.init), leaf(text, page: fields))
        }
        for (key, forms) in strings.plurals {
            let rule = strings.pluralRule
            root.insert(key.split(separator: ".").map(String.init), .deferred {
                let form = forms[.other] ?? ""
                guard let first = ReportStrings.placeholders(in: form).first, let value = lookup(first, in: fields) else {
                    return .missing
                }
                let count = Int(value.filter { $0.isASCII && $0.isNumber }) ?? 0
                return fill(forms[rule.category(for: count)] ?? form, page: fields)
            })
        }
        return root.value
    }

    private static func leaf(_ text: String, page fields: [String: TemplateValue]) -> TemplateValue {
        guard text.contains("{") else { return .text(text) }
        return .deferred { fill(text, page: fields) }
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
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, first != "strings", var value = fields[first]?.forced else { return nil }
        for part in parts.dropFirst() {
            guard case .object(let inner) = value, let next = inner[part]?.forced else { return nil }
            value = next
        }
        if case .text(let text) = value { return text }
        return nil
    }

    /// Every dotted key below a `strings` object, without building any of its values.
    static func keys(of value: TemplateValue, prefix: String = "") -> [String] {
        guard case .object(let fields) = value else { return [prefix] }
        return fields.flatMap { keys(of: $1, prefix: prefix.isEmpty ? $0 : prefix + "." + $0) }
    }

    /// A group of strings being assembled from dotted keys.
    private struct Node {
        var children: [String: Node] = [:]
        var leaf: TemplateValue?

        mutating func insert(_ path: [String], _ value: TemplateValue) {
            guard let head = path.first else { leaf = value; return }
            children[head, default: Node()].insert(Array(path.dropFirst()), value)
        }

        var value: TemplateValue {
            leaf ?? .object(children.mapValues(\.value))
        }
    }
}
