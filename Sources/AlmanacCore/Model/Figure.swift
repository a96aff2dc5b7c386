/// A computed statistic with everything a reader needs to trust it: name, value, unit, rule and source.
public struct Figure: Sendable, Equatable {
    /// Whether a value counts things or is a whole-number percentage.
    public enum Unit: String, Sendable {
        case count
        case percent
    }

    /// Stable name, e.g. `round.events` or `theme.SLUG.delegates`.
    public var name: String
    public var value: Int
    public var unit: Unit
    /// How it was computed, in words.
    public var rule: String
    /// Which records it came from.
    public var source: String
    /// The value another source states, when there is one.
    public var declared: DeclaredValue?
    /// Whether the value is exact, a minimum ("over 100") or an estimate, as its record says.
    public var precision: Precision = .exact
    /// Computed from records `report.yaml` marks as illustrative.
    public var illustrative = false
    /// The same figure in the previous edition, when the report names one and the figure was there.
    public var previous: PreviousValue?
    /// For a share: how many of how many population members it counts.
    public var share: ShareCount?
    /// The declaration in figures.yaml it was computed by: its label, rule and description, for pages and
    /// exports; nil for a figure only declared in report.yaml.
    public var declaration: FigureDeclaration?

    /// The declared label's forms ("delegate", "delegates").
    public var label: PluralText? { declaration?.label }

    /// The rule with a share's counts, as the data downloads and diagnostics give it (in English, like the names).
    public var ruleWithCounts: String {
        guard let share else { return rule }
        return "\(rule): \(share.members) of \(share.whole) \(share.populationName), rounded half up"
    }

    public init(name: String, value: Int, unit: Unit, rule: String, source: String, declared: DeclaredValue? = nil,
                precision: Precision = .exact) {
        self.name = name
        self.value = value
        self.unit = unit
        self.rule = rule
        self.source = source
        self.declared = declared
        self.precision = precision
    }

    /// Reader-facing text: "421" or "34%".
    public var formatted: String {
        switch unit {
        case .count: return FigureFormat.grouped(value)
        case .percent: return "\(value)%"
        }
    }
}

/// How exact a recorded count is, so "over 100" is never printed as "100".
public enum Precision: String, Sendable {
    case exact
    case atLeast = "at-least"
    case about
}

/// The counts behind a share: `members` of the `whole` population, named as report.yaml names it.
public struct ShareCount: Sendable, Equatable {
    public var members: Int
    public var whole: Int
    public var populationName: String
}

/// A declared value and where it comes from.
public struct DeclaredValue: Sendable, Equatable {
    public var value: Int
    public var source: String
}

/// Number formatting shared by figures and templates, independent of the machine's locale.
enum FigureFormat {
    /// 1234567 → "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, char) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(char)
        }
        return value < 0 ? "-" + out : out
    }
}
