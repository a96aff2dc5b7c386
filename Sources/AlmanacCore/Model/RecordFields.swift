/// A record's or register entry's fields by name. A record has a handful, so they are kept in the order they were
/// read and found by comparing names: cheaper than hashing the name on every lookup (the default report's build
/// looked fields up 34,000 times through dictionaries, about 13 M instructions, and built 1,474 of them).
public struct RecordFields: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: RecordField)

    /// Two arrays rather than one of pairs: a lookup compares names without copying the fields beside them.
    public private(set) var keys: [String] = []
    public private(set) var values: [RecordField] = []

    public init() {}

    /// `elements` must not repeat a name.
    public init(dictionaryLiteral elements: (String, RecordField)...) {
        reserveCapacity(elements.count)
        for (name, field) in elements { self[name] = field }
    }

    /// Room for `count` fields, so reading a record appends without growing.
    public mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    public subscript(name: String) -> RecordField? {
        get { place(of: name).map { values[$0] } }
        set {
            switch (place(of: name), newValue) {
            case let (index?, field?): values[index] = field
            case let (index?, nil): _ = removeValue(at: index)
            case let (nil, field?): appendNew(name, field)
            case (nil, nil): break
            }
        }
    }

    /// The named field's value alone: its places (file, line, column of it and its items) are not copied out.
    public func value(_ name: String) -> RecordValue? {
        place(of: name).map { values[$0].value }
    }

    /// Adds a field the record does not have yet, without looking for it first.
    mutating func appendNew(_ name: String, _ field: RecordField) {
        keys.append(name)
        values.append(field)
    }

    @discardableResult
    public mutating func removeValue(forKey name: String) -> RecordField? {
        guard let index = place(of: name) else { return nil }
        return removeValue(at: index)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The fields as a dictionary of `transform`'s results, as comparing two records' values needs.
    public func mapValues<T>(_ transform: (RecordField) throws -> T) rethrows -> [String: T] {
        var result: [String: T] = [:]
        for index in keys.indices { result[keys[index]] = try transform(values[index]) }
        return result
    }

    public func makeIterator() -> AnyIterator<Element> {
        var index = 0
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }

    private func place(of name: String) -> Int? {
        keys.firstIndex(of: name)
    }

    private mutating func removeValue(at index: Int) -> RecordField {
        keys.remove(at: index)
        return values.remove(at: index)
    }
}
