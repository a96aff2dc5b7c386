/// Checks figure and chart declarations against the model: every record set, field and filter value a rule
/// names must exist (with a did-you-mean when not), and each rule must suit its grouping.
struct FigureDeclarationChecker {
    let report: ParsedReport
    private let sets: RuleSets

    init(report: ParsedReport) {
        self.report = report
        sets = RuleSets(model: report.model)
    }

    /// Reports every problem; returns the indices of the declarations that have one.
    func check(diagnostics: inout Diagnostics) -> Set<Int> {
        var broken: Set<Int> = []
        for (index, declaration) in report.declarations.figures.enumerated() {
            var found = Diagnostics()
            check(declaration, &found)
            if found.hasErrors { broken.insert(index) }
            diagnostics.append(contentsOf: found.all)
        }
        ChartDeclarationChecker.check(report.declarations, diagnostics: &diagnostics)
        FigureBoxChecker.check(report.declarations, diagnostics: &diagnostics)
        for entry in report.settings.illustrative {
            guard let schema = schema(entry.set, entry.location, &diagnostics) else { continue }
            for field in entry.fields { _ = self.field(field, of: schema, entry.location, &diagnostics) }
        }
        return broken
    }

    private func check(_ declaration: FigureDeclaration, _ diagnostics: inout Diagnostics) {
        let at = declaration.location
        switch declaration.rule {
        case .count(let set, let filters):
            guard let schema = schema(set, at, &diagnostics) else { return }
            check(filters, of: schema, &diagnostics)
            checkGrouping(declaration, schema, &diagnostics)
        case .sum(let set, let fields, let filters):
            guard let schema = schema(set, at, &diagnostics) else { return }
            for name in fields {
                guard let field = field(name, of: schema, at, &diagnostics) else { continue }
                if ![.number, .percent, .organisations, .themes].contains(field.type) {
                    diagnostics.error("\(set).\(name) is not a number or a list, so it cannot be summed", at: at)
                }
            }
            check(filters, of: schema, &diagnostics)
            checkGrouping(declaration, schema, &diagnostics)
        case .share(let sources):
            for source in sources {
                guard let schema = schema(source.set, source.location, &diagnostics),
                      let field = field(source.field, of: schema, source.location, &diagnostics) else { continue }
                if !field.type.refersToOrganisations {
                    diagnostics.error("a share counts organisations, but \(source.set).\(source.field) does not name any",
                                      at: source.location)
                }
                check(source.filters, of: schema, &diagnostics)
                checkGrouping(declaration, schema, &diagnostics)
            }
        case .measures(let set, let name):
            guard let schema = schema(set, at, &diagnostics), let field = field(name, of: schema, at, &diagnostics) else { return }
            if field.type != .measures {
                diagnostics.error("\(set).\(name) is not a measures field", at: at)
            }
            if declaration.grouping != .event {
                diagnostics.error("a measures rule gives one figure per event and measure: add per: event", at: at)
            }
            checkGrouping(declaration, schema, &diagnostics)
        }
    }

    private func schema(_ name: String, _ at: SourceLocation, _ diagnostics: inout Diagnostics) -> RecordSchema? {
        if let schema = sets.schemas[name] { return schema }
        diagnostics.error("unknown record set \"\(name)\"", at: at,
                          hint: Suggestion.didYouMean(name, among: sets.names) ?? "record sets: \(sets.names.joined(separator: ", "))")
        return nil
    }

    private func field(_ name: String, of schema: RecordSchema, _ at: SourceLocation, _ diagnostics: inout Diagnostics) -> FieldSchema? {
        if let field = schema.field(name) { return field }
        let names = schema.fields.map(\.name)
        diagnostics.error("record set \"\(schema.name)\" has no field \"\(name)\"", at: at,
                          hint: Suggestion.didYouMean(name, among: names) ?? "its fields: \(names.joined(separator: ", "))")
        return nil
    }

    private func checkGrouping(_ declaration: FigureDeclaration, _ schema: RecordSchema, _ diagnostics: inout Diagnostics) {
        switch declaration.grouping {
        case .theme? where schema.themeField == nil:
            diagnostics.error("\(schema.name) records have no theme field, so they cannot be counted per theme", at: declaration.location)
        case .event? where !isEventRule(declaration.rule):
            diagnostics.error("a figure given per event takes a sum (the event's own value) or measures rule", at: declaration.location)
        case .event? where !schema.isEvents:
            diagnostics.error("per: event reads the events set, not \"\(schema.name)\"", at: declaration.location,
                              hint: report.model.eventSet.map { "use \($0.name)" } ?? "mark a record set events: true in model.yaml")
        default:
            break
        }
    }

    private func isEventRule(_ rule: FigureRule) -> Bool {
        switch rule {
        case .sum, .measures: return true
        case .count, .share: return false
        }
    }

    private func check(_ filters: [RecordFilter], of schema: RecordSchema, _ diagnostics: inout Diagnostics) {
        for filter in filters {
            guard let field = field(filter.path[0], of: schema, filter.location, &diagnostics) else { continue }
            var allowed: [String]?
            if filter.path.count == 2 {
                guard field.type.refersToOrganisations else {
                    diagnostics.error("\"\(filter.written)\": only an organisation field can be followed into the register",
                                      at: filter.location)
                    continue
                }
                let register = report.model.register
                guard let registerField = register.field(filter.path[1]) else {
                    diagnostics.error("the register has no field \"\(filter.path[1])\"", at: filter.location,
                                      hint: Suggestion.didYouMean(filter.path[1], among: register.fields.map(\.name)))
                    continue
                }
                allowed = Self.values(of: registerField.type, report: report)
            } else {
                allowed = Self.values(of: field.type, report: report)
            }
            guard let allowed else { continue }
            for value in filter.values where !allowed.contains(value) {
                diagnostics.error("\"\(filter.written)\" is never \"\(value)\"", at: filter.location,
                                  hint: Suggestion.didYouMean(value, among: allowed) ?? "it is one of: \(allowed.joined(separator: ", "))")
            }
        }
    }

    /// The values a field of this type can take, when they are a closed list.
    static func values(of type: FieldType, report: ParsedReport) -> [String]? {
        switch type {
        case .choice(let words): return words
        case .flag: return ["true", "false"]
        case .theme, .themes: return report.themes.map(\.slug)
        default: return nil
        }
    }
}
