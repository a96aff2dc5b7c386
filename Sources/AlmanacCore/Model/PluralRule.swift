/// The CLDR cardinal rules for whole-number counts, so a translation can say "1 event" and "2 events" correctly.
public enum PluralRule: String, Sendable, CaseIterable {
    /// English and the many languages with the same rule: 1 is `one`, everything else `other`.
    case en
    /// Welsh: 0 `zero`, 1 `one`, 2 `two`, 3 `few`, 6 `many`, everything else `other`.
    case cy

    /// The rule a language tag implies by its primary subtag (`en-GB` → `en`), or nil when Almanac knows none.
    public static func implied(by language: String) -> PluralRule? {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return PluralRule(rawValue: primary)
    }

    /// The categories a plural entry must give under this rule, in CLDR order.
    public var categories: [PluralCategory] {
        switch self {
        case .en: return [.one, .other]
        case .cy: return [.zero, .one, .two, .few, .many, .other]
        }
    }

    /// The category of a whole number (CLDR operand `n` for integers; negative counts use their magnitude).
    public func category(for count: Int) -> PluralCategory {
        let n = count.magnitude
        switch self {
        case .en:
            return n == 1 ? .one : .other
        case .cy:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        }
    }
}

/// A CLDR plural category: the names a strings file uses for the forms of a plural entry.
public enum PluralCategory: String, Sendable, CaseIterable, Hashable {
    case zero, one, two, few, many, other
}
