/// Evaluates one figure rule over records: the filters, the count, the sum and the share, nothing else.
struct RuleEvaluator {
    let sets: [String: RecordSet]
    let register: [String: Organisation]
    let population: Set<String>
    /// Each set's records by theme slug, built once: every per-theme figure reads one theme's records.
    private let byTheme: [String: [String: [Record]]]

    init(sets: [String: RecordSet], register: [String: Organisation], population: Set<String>) {
        self.sets = sets
        self.register = register
        self.population = population
        var byTheme: [String: [String: [Record]]] = [:]
        for (name, set) in sets {
            guard let field = set.schema.themeField?.name else { continue }
            var groups: [String: [Record]] = [:]
            for record in set.records {
                record.forEachDistinctID(field) { groups[$0, default: []].append(record) }
            }
            byTheme[name] = groups
        }
        self.byTheme = byTheme
    }

    /// The records of `set` that pass every filter, restricted to a theme when `theme` is given.
    func records(_ set: String, filters: [RecordFilter], theme: String?) -> [Record] {
        guard let recordSet = sets[set] else { return [] }
        let candidates = theme.map { byTheme[set]?[$0] ?? [] } ?? recordSet.records
        return filters.isEmpty ? candidates : candidates.filter { record in filters.allSatisfy { matches(record, $0) } }
    }

    func matches(_ record: Record, _ filter: RecordFilter) -> Bool {
        if filter.path.count == 2 {
            return record.ids(filter.path[0]).contains { id in
                guard let value = register[id]?.fields.value(filter.path[1]) else { return false }
                return Self.compares(value, to: filter.values, firstOnly: true)
            }
        }
        guard let value = record.fields.value(filter.path[0]) else { return false }
        return Self.compares(value, to: filter.values, firstOnly: false)
    }

    /// Whether the value as filters compare it (`comparable`, or only its first item) is one of `values`. Text and
    /// id lists, nearly every filter, are compared as they are, without making the list of written forms.
    private static func compares(_ value: RecordValue, to values: [String], firstOnly: Bool) -> Bool {
        switch value {
        case .text(let text): return values.contains(text)
        case .ids(let ids): return firstOnly ? ids.first.map { values.contains($0) } ?? false : ids.contains { values.contains($0) }
        default:
            let written = value.comparable
            return firstOnly ? written.first.map { values.contains($0) } ?? false : written.contains { values.contains($0) }
        }
    }

    /// A number field's value, or a list's length; nil when the record does not give the field.
    static func amount(_ record: Record, _ field: String) -> Int? {
        switch record.fields.value(field) {
        case .number(let value)?: return value
        case .ids(let values)?: return values.count
        default: return nil
        }
    }

    func sum(_ records: [Record], fields: [String]) -> Int {
        records.reduce(0) { total, record in total + fields.reduce(0) { $0 + (Self.amount(record, $1) ?? 0) } }
    }

    /// Distinct population members named by the sources, and the population's size.
    func share(_ sources: [ShareSource], theme: String?) -> (members: Int, of: Int) {
        // Only ids in the population count, so only they are collected (no set of every id named, then a copy).
        var members: Set<String> = []
        members.reserveCapacity(population.count)
        for source in sources {
            for record in records(source.set, filters: source.filters, theme: theme) {
                // A record naming an id twice counts it once either way: members is a set.
                record.forEachDistinctID(source.field) { id in
                    if population.contains(id) { members.insert(id) }
                }
            }
        }
        return (members.count, population.count)
    }

    /// True when every set the rule reads was read whole.
    func canCompute(_ rule: FigureRule) -> Bool {
        rule.sets.allSatisfy { sets[$0]?.isComplete == true }
    }
}
