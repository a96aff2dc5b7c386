/// Typed reads of declared fields, shared by records and register entries.
public protocol TypedFields {
    var fields: RecordFields { get }
}

extension TypedFields {
    public func text(_ name: String) -> String? {
        if case .text(let value)? = fields[name]?.value { return value }
        return nil
    }

    public func flag(_ name: String) -> Bool? {
        if case .flag(let value)? = fields[name]?.value { return value }
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
}
