/// Decides what a figure inherits from the records it reads: whether it depends on illustrative records, and how
/// exact a sum is when some of its parts were recorded as "over" or "around" a number.
struct FigureProvenance {
    let illustrative: [IllustrativeRecords]

    /// True when the rule reads an illustrative set, or an illustrative field other than as a published count.
    func isIllustrative(_ rule: FigureRule) -> Bool {
        func covers(_ set: String, _ field: String?, asCount: Bool = false) -> Bool {
            illustrative.contains { $0.covers(set: set, field: field, asCount: asCount) }
        }
        func filtered(_ set: String, _ filters: [RecordFilter]) -> Bool {
            covers(set, nil) || filters.contains { covers(set, $0.path[0]) }
        }
        switch rule {
        case .count(let set, let filters):
            return filtered(set, filters)
        case .sum(let set, let fields, let filters):
            return filtered(set, filters) || fields.contains { covers(set, $0, asCount: true) }
        case .share(let sources):
            return sources.contains { filtered($0.set, $0.filters) || covers($0.set, $0.field) }
        case .measures(let set, let field):
            return covers(set, field)
        }
    }

    /// The precision of a sum: "around" when any part is an estimate, else "over" when any part is a minimum.
    static func precision(of records: [Record], summing fields: [String], in schema: RecordSchema) -> Precision {
        guard schema.isEvents, schema.field("precision") != nil else { return .exact }
        let parts = records.filter { record in fields.contains { RuleEvaluator.amount(record, $0) != nil } }
            .map { $0.text("precision").flatMap(Precision.init(rawValue:)) ?? .exact }
        if parts.contains(.about) { return .about }
        return parts.contains(.atLeast) ? .atLeast : .exact
    }
}
