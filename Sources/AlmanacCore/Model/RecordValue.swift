/// A typed field value: what a declared `FieldType` parses into.
public enum RecordValue: Sendable, Equatable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case date(PartialDate)
    case ids([String])
    case measures([Measure])

    /// The value as filters compare it: flags as `true`/`false`, numbers in decimal, dates in ISO form.
    var comparable: [String] {
        switch self {
        case .text(let value): return [value]
        case .number(let value): return [String(value)]
        case .flag(let value): return [value ? "true" : "false"]
        case .date(let value): return [value.description]
        case .ids(let values): return values
        case .measures(let values): return values.map(\.id)
        }
    }
}

/// One result of a measured question, e.g. 90% rated an event very good or excellent.
public struct Measure: Sendable, Equatable {
    public var id: String
    public var percent: Int
}
