/// A mapping's keys so far, to find a repeated one: most mappings have a handful of keys (a scan), a few have many
/// (a set from the 17th on).
struct DistinctKeys {
    private var list: [String] = []
    private var set: Set<String>?

    /// False when `key` was there already.
    mutating func insert(_ key: String) -> Bool {
        if set != nil { return set!.insert(key).inserted }
        guard !list.contains(key) else { return false }
        list.append(key)
        if list.count > 16 { set = Set(list) }
        return true
    }
}
