/// Typed reads of declared fields, shared by records and register entries.
public protocol TypedFields {
    var fields: RecordFields { get }
}

extension TypedFields {
    public func text(_ name: String) -> String? {
        if case .text(let value)? = fields.value(name) { return value }
        return nil
    }

    public func flag(_ name: String) -> Bool? {
        if case .flag(let value)? = fields.value(name) { return value }
        return nil
    }

    public func date(_ name: String) -> PartialDate? {
        if case .date(let value)? = fields.value(name) { return value }
        return nil
    }

    /// A list field's items, or a single-valued field as a one-item list.
    public func ids(_ name: String) -> [String] {
        switch fields.value(name) {
        case .ids(let values)?: return values
        case .text(let value)?: return [value]
        default: return []
        }
    }

    /// Each distinct id the field names, in order, the same as `Set(ids(name))` holds: without making a list of one
    /// for a single id, or a set for a short list (the figures read ids of every record, 3,000 times a build).
    func forEachDistinctID(_ name: String, _ body: (String) -> Void) {
        switch fields.value(name) {
        case .text(let value)?: body(value)
        case .ids(let values)?: values.forEachDistinct(body)
        default: break
        }
    }

    public func measures(_ name: String) -> [Measure] {
        if case .measures(let value)? = fields.value(name) { return value }
        return []
    }
}

extension Array where Element == String {
    /// Each distinct string, in order, the same as `Set(self)` holds: a short list (almost all) is compared pairwise,
    /// without building a set.
    func forEachDistinct(_ body: (String) -> Void) {
        guard count > 8 else {
            for (index, item) in enumerated() where !self[..<index].contains(item) { body(item) }
            return
        }
        var seen: Set<String> = []
        for item in self where seen.insert(item).inserted { body(item) }
    }
}
