/// One record of a declared set: its fields by name, each value typed and located.
public struct Record: Sendable {
    public var fields: [String: RecordField]
    public var location: SourceLocation

    public init(fields: [String: RecordField], location: SourceLocation) {
        self.fields = fields
        self.location = location
    }

    public func text(_ name: String) -> String? {
        if case .text(let value)? = fields[name]?.value { return value }
        return nil
    }

    public func number(_ name: String) -> Int? {
        if case .number(let value)? = fields[name]?.value { return value }
        return nil
    }

    public func date(_ name: String) -> PartialDate? {
        if case .date(let value)? = fields[name]?.value { return value }
        return nil
    }

    /// A list field's items, or a single-valued field as a one-item list.
    public func ids(_ name: String) -> [String] {
        switch fields[name]?.value {
        case .ids(let values)?: return values
        case .text(let value)?: return [value]
        default: return []
        }
    }

    public func measures(_ name: String) -> [Measure] {
        if case .measures(let value)? = fields[name]?.value { return value }
        return []
    }

    public func location(_ name: String) -> SourceLocation { fields[name]?.location ?? location }
}

/// A field's value and where it was written; list items keep their own places.
public struct RecordField: Sendable {
    public var value: RecordValue
    public var location: SourceLocation
    public var itemLocations: [SourceLocation] = []
}

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

/// The records of one declared set, and whether its file was there to read.
public struct RecordSet: Sendable {
    public var schema: RecordSchema
    public var records: [Record]
    /// False when an optional set's file is missing or had errors: figures from it are not computed.
    public var isComplete: Bool
}
