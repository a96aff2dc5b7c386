/// Says in the report's language how a figure was counted, from its declaration: the declared `description` when
/// there is one, else the rule put into words ("number of activities records where kind is visit").
/// The data downloads keep the English wording `RuleDescription` gives, like the figure names.
enum RuleWording {
    static func describe(_ figure: Figure, strings: ReportStrings) -> String {
        guard let declaration = figure.declaration else { return figure.rule }
        let rule = declaration.description ?? words(declaration, strings: strings)
        guard let share = figure.share else { return rule }
        return strings.text("figures.share_rule", ["rule": rule, "members": strings.grouped(share.members),
                                                   "whole": strings.grouped(share.whole), "population": share.populationName])
    }

    private static func words(_ declaration: FigureDeclaration, strings: ReportStrings) -> String {
        let inTheme = declaration.grouping == .theme ? strings.text("rule.in_theme") : ""
        switch declaration.rule {
        case .count(let set, let filters):
            return strings.text("rule.count", ["set": set]) + inTheme + conditions(filters, strings)
        case .sum(let set, let fields, let filters):
            return strings.text("rule.sum", ["fields": strings.list(fields), "set": set]) + inTheme + conditions(filters, strings)
        case .share(let sources):
            let named = sources.map { "\($0.set).\($0.field)" + conditions($0.filters, strings) }
            return strings.text("rule.share", ["sources": alternatives(named, strings)]) + inTheme
        case .measures(let set, let field):
            return strings.text("rule.measures", ["field": "\(set).\(field)"])
        }
    }

    /// " where kind is visit or call and lead.rural is true", or nothing.
    private static func conditions(_ filters: [RecordFilter], _ strings: ReportStrings) -> String {
        guard !filters.isEmpty else { return "" }
        let parts = filters.map { strings.text("rule.condition", ["field": $0.written, "values": alternatives($0.values, strings)]) }
        return strings.text("rule.where", ["conditions": strings.list(parts)])
    }

    /// "a", "a or b", "a, b or c".
    private static func alternatives(_ items: [String], _ strings: ReportStrings) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: strings.text("list.separator")) + strings.text("rule.or") + items.last!
    }
}
