/// Finds a repeated key in a mapping as it is read: most mappings have a handful of keys, compared with the pairs
/// read so far (no list of their own to allocate for each of a records file's thousands of entries); a few have
/// many, kept in a set from the 17th on.
struct DistinctKeys {
    private var set: Set<String>?

    /// False when `key` is among `earlier`, the mapping's pairs so far (the key is not added to them here).
    mutating func isNew(_ key: String, among earlier: [(key: PlainYAML.Scalar, value: PlainYAML)]) -> Bool {
        if set == nil, earlier.count >= 16 { set = Set(earlier.lazy.map(\.key.text)) }
        if set != nil { return set!.insert(key).inserted }
        return !earlier.contains { $0.key.text == key }
    }
}
