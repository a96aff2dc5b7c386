/// Says in words how a figure was counted and which files it came from, for the figures page and the exports.
struct RuleDescription {
    let report: ParsedReport
    let sets: [String: RecordSet]

    var populationName: String { report.settings.population.name }

    func rule(_ rule: FigureRule, perTheme: Bool) -> String {
        let inTheme = perTheme ? " for the theme" : ""
        switch rule {
        case .count(let set, let filters):
            return "number of \(set) records\(inTheme)\(Self.conditions(filters))"
        case .sum(let set, let fields, let filters):
            return "sum of \(fields.joined(separator: " and ")) over \(set) records\(inTheme)\(Self.conditions(filters))"
        case .share(let sources):
            let parts = sources.map { "\($0.set).\($0.field)\(Self.conditions($0.filters))" }
            return "distinct organisations named in \(parts.joined(separator: " or "))\(inTheme)"
        case .measures(let set, let field):
            return "percentage reported in \(set).\(field)"
        }
    }

    /// " where kind is visit or call and lead.rural is true", or nothing.
    static func conditions(_ filters: [RecordFilter]) -> String {
        guard !filters.isEmpty else { return "" }
        let parts = filters.map { filter -> String in
            let values = filter.values.count > 1
                ? filter.values.dropLast().joined(separator: ", ") + " or " + filter.values.last! : filter.values[0]
            return "\(filter.written) is \(values)"
        }
        return " where " + parts.joined(separator: " and ")
    }

    /// The files the rule read, e.g. `records/events.yaml, records/activities.yaml`.
    func source(_ rule: FigureRule) -> String {
        var seen: [String] = []
        for set in rule.sets {
            let path = sets[set]?.schema.path ?? set
            if !seen.contains(path) { seen.append(path) }
        }
        if Self.filters(of: rule).contains(where: { $0.path.count == 2 }), !seen.contains(report.model.register.path) {
            seen.append(report.model.register.path)
        }
        return seen.joined(separator: ", ")
    }

    private static func filters(of rule: FigureRule) -> [RecordFilter] {
        switch rule {
        case .count(_, let filters), .sum(_, _, let filters): return filters
        case .share(let sources): return sources.flatMap(\.filters)
        case .measures: return []
        }
    }
}
