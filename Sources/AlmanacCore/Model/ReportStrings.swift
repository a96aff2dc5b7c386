/// Every reader-facing word that is not content, in the report's language: texts, plurals, numbers, dates, lists.
public struct ReportStrings: Sendable {
    /// The BCP 47 tag of the language, as `report.yaml` names it and `<html lang>` prints it.
    public let language: String
    public let pluralRule: PluralRule
    /// Dotted key to text, e.g. `nav.contents` → "Contents"; may hold `{name}` placeholders.
    public let texts: [String: String]
    /// Dotted key to its forms by plural category.
    public let plurals: [String: [PluralCategory: String]]
    /// January to December.
    public let months: [String]
    /// Counts spelled out in running text, from zero up; larger counts are written in digits.
    public let numberWords: [String]

    /// The language every other strings file is compared with, and the one used when `report.yaml` names none.
    public static let defaultLanguage = "en-GB"

    public init(language: String, pluralRule: PluralRule, texts: [String: String],
                plurals: [String: [PluralCategory: String]], months: [String], numberWords: [String]) {
        self.language = language
        self.pluralRule = pluralRule
        self.texts = texts
        self.plurals = plurals
        self.months = months
        self.numberWords = numberWords
    }

    /// The text of a key; a key Almanac uses is checked to exist when the file is read (`keysUsedByAlmanac`).
    public func text(_ key: String) -> String {
        texts[key] ?? "{\(key)}"
    }

    /// The text of a key with each `{name}` replaced by its value; unknown placeholders stay as written.
    public func text(_ key: String, _ values: [String: String]) -> String {
        Self.fill(text(key), values)
    }

    /// The form of a plural entry for `count`, with `{count}` (grouped) and the other values filled in.
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let forms = plurals[key] ?? [:]
        let form = forms[pluralRule.category(for: count)] ?? forms[.other] ?? "{\(key)}"
        return Self.fill(form, values.merging(["count": grouped(count)]) { own, _ in own })
    }

    /// Digits grouped in threes with the language's separator: 1234567 → "1,234,567".
    public func grouped(_ value: Int) -> String {
        let separator = text("number.group")
        let digits = String(value.magnitude)
        var out = ""
        for (index, char) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(char)
        }
        return value < 0 ? "-" + out : out
    }

    /// A whole-number percentage as the language writes it: "34%".
    public func percent(_ value: Int) -> String {
        text("number.percent", ["value": grouped(value)])
    }

    /// A figure's value as readers see it; data exports keep `Figure.formatted`, which is the same in every language.
    public func formatted(_ figure: Figure) -> String {
        figure.unit == .percent ? percent(figure.value) : grouped(figure.value)
    }

    /// A count as recorded: "120", "over 120" (a minimum) or "around 120" (an estimate).
    public func count(_ value: Int, precision: Precision) -> String {
        switch precision {
        case .exact: return grouped(value)
        case .atLeast: return text("count.over", ["count": grouped(value)])
        case .about: return text("count.around", ["count": grouped(value)])
        }
    }

    /// A figure as readers see it on a page: a percentage, or a count with its precision ("over 100").
    public func value(_ figure: Figure) -> String {
        figure.unit == .percent ? percent(figure.value) : count(figure.value, precision: figure.precision)
    }

    /// How a figure changed since the previous edition, in words ("up 21 on Round 8 (117)", "2 points lower…"),
    /// "new this edition" when the previous edition lacked it, or nil when the report compares with no edition.
    public func change(_ figure: Figure, previousEdition: String?) -> String? {
        guard let edition = previousEdition else { return nil }
        guard let previous = figure.previous else { return text("change.new") }
        guard let change = previous.change(from: figure.value) else { return text("change.not_comparable", ["edition": edition]) }
        let values = ["edition": edition, "change": grouped(abs(change)),
                      "previous": figure.unit == .percent ? percent(previous.value) : grouped(previous.value)]
        if change == 0 { return text("change.same", values) }
        let direction = change > 0 ? "up" : "down"
        return plural(figure.unit == .percent ? "change.\(direction)_points" : "change.\(direction)", count: abs(change), values)
    }

    /// The form of a declared label that goes with `count` ("1 delegate", "2 delegates") by the language's rule.
    public func label(_ label: PluralText, count: Int) -> String {
        label.form(pluralRule.category(for: count).rawValue)
    }

    /// Small counts in words ("two"), larger ones in grouped digits.
    public func spelled(_ number: Int) -> String {
        numberWords.indices.contains(number) ? numberWords[number] : grouped(number)
    }

    /// "24 November 2009", "November 2009" or "2009", in the language's order and month names.
    public func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let values = ["day": date.day.map(String.init) ?? "", "month": months[month - 1], "year": String(date.year)]
        return text(date.day == nil ? "date.month_year" : "date.day_month_year", values)
    }

    /// "A", "A and B", "A, B and C" with the language's separators.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: text("list.separator")) + text("list.last_separator") + items.last!
    }

    /// Replaces each `{name}` whose name is in `values`; anything else is left as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return template }
        // On the UTF-8 bytes: braces are ASCII, so every cut falls between characters.
        var out = ""
        var rest = bytes.startIndex
        while true {
            out += Substring(bytes[rest..<open])
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { rest = open; break }
            let name = String(Substring(bytes[bytes.index(after: open)..<close]))
            out += values[name] ?? String(Substring(bytes[open...close]))
            rest = bytes.index(after: close)
            guard let next = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        return out + Substring(bytes[rest...])
    }

    /// The `{name}` placeholders of a text, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        let bytes = text.utf8
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")), let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            names.append(String(Substring(bytes[bytes.index(after: open)..<close])))
            rest = bytes.index(after: close)
        }
        return names
    }
}
