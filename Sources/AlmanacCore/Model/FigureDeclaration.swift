/// One figure as `figures.yaml` declares it: the single definition its value, label, unit and rule come from.
public struct FigureDeclaration: Sendable, Equatable {
    /// How a declaration splits into one figure per theme or per event.
    public enum Grouping: String, Sendable {
        case theme, event
    }

    /// The name as written: the full name, or the last part when grouped (`delegates` → `theme.SLUG.delegates`).
    public var name: String
    public var grouping: Grouping?
    public var label: PluralText
    public var unit: Figure.Unit
    public var rule: FigureRule
    /// How it was counted, in the reader's words; the rule is described automatically when absent.
    public var description: String?
    public var location: SourceLocation

    /// What the figure computes, as one line (`FigureRule.definition`, with its grouping).
    public var definition: String {
        (grouping.map { "per \($0.rawValue): " } ?? "") + rule.definition
    }

    /// The figure's full name for one group key (a theme slug or an event id).
    public func fullName(group key: String?) -> String {
        guard let grouping, let key else { return name }
        return "\(grouping.rawValue).\(key).\(name)"
    }
}

/// A label with the forms a count needs: "1 event", "2 events".
public struct PluralText: Sendable, Equatable {
    /// CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) to text; `other` is always present.
    public var forms: [String: String]

    public init(forms: [String: String]) {
        self.forms = forms
    }

    public init(_ text: String) {
        forms = ["other": text]
    }

    /// The form for `category`, falling back to `other`.
    public func form(_ category: String) -> String { forms[category] ?? forms["other"] ?? "" }
}

/// What a figure computes, as data.
public enum FigureRule: Sendable, Equatable {
    /// How many records of a set pass the filters.
    case count(set: String, filters: [RecordFilter])
    /// The total of one or more number fields (a list counts as its length) over the records that pass.
    case sum(set: String, fields: [String], filters: [RecordFilter])
    /// The share of the population named in any of the sources, each organisation counted once.
    case share([ShareSource])
    /// One percentage figure per measure a record reports (`event.ID.NAME.MEASURE`); grouped per event only.
    case measures(set: String, field: String)

    /// The rule as one line of text that changes exactly when what it computes changes: two editions' figures are
    /// compared only when their definitions are equal.
    public var definition: String {
        func filters(_ list: [RecordFilter]) -> String {
            list.map { "\($0.written) in [\($0.values.joined(separator: ", "))]" }.sorted().joined(separator: " and ")
        }
        switch self {
        case .count(let set, let where_): return "count \(set)" + (where_.isEmpty ? "" : " where " + filters(where_))
        case .sum(let set, let fields, let where_):
            return "sum \(fields.map { "\(set).\($0)" }.joined(separator: " + "))" + (where_.isEmpty ? "" : " where " + filters(where_))
        case .share(let sources):
            return "share of " + sources.map { "\($0.set).\($0.field)" + ($0.filters.isEmpty ? "" : " where " + filters($0.filters)) }
                .sorted().joined(separator: " | ")
        case .measures(let set, let field): return "measures \(set).\(field)"
        }
    }

    /// The record sets the rule reads.
    public var sets: [String] {
        switch self {
        case .count(let set, _), .sum(let set, _, _), .measures(let set, _): return [set]
        case .share(let sources): return sources.map(\.set)
        }
    }
}

/// One source of organisations for a share: a field of a set, with filters.
public struct ShareSource: Sendable, Equatable {
    public var set: String
    public var field: String
    public var filters: [RecordFilter]
    public var location: SourceLocation
}

/// `field: value` or `field: [values]`; `field.other` follows an organisation to its register entry.
public struct RecordFilter: Sendable, Equatable {
    public var path: [String]
    public var values: [String]
    public var location: SourceLocation

    public var written: String { path.joined(separator: ".") }
}
