/// The aggregate stage: computes every declared figure from the records. Pure: no disk, no clock.
public enum FigureCalculator {
    /// `previous` is the previous edition's figures, when report.yaml names them.
    public static func compute(_ report: ParsedReport, previous: PreviousEdition? = nil, diagnostics: inout Diagnostics) -> FigureTable {
        var table = FigureTable()
        table.withheld = report.withheldFigures
        let sets = RuleSets.records(of: report)
        let evaluator = RuleEvaluator(sets: sets, register: report.organisationByID, population: report.populationIDs)
        let describe = RuleDescription(report: report, sets: sets)
        let provenance = FigureProvenance(illustrative: report.settings.illustrative)
        // Figures whose record sets are missing are not computed; a declared value may stand in for them.
        let (declarations, uncomputable) = report.declarations.figures.reduce(into: ([FigureDeclaration](), [FigureDeclaration]())) {
            if evaluator.canCompute($1.rule) { $0.0.append($1) } else { $0.1.append($1) }
        }

        /// Every figure keeps the declaration it was computed by and whether it depends on illustrative records.
        func add(_ computed: [Figure], _ declaration: FigureDeclaration) {
            for var figure in computed {
                figure.declaration = declaration
                figure.illustrative = provenance.isIllustrative(declaration.rule)
                table.add(figure)
            }
        }
        for declaration in declarations where declaration.grouping == nil {
            add(figure(declaration, theme: nil, evaluator, describe).map { [$0] } ?? [], declaration)
        }
        let perTheme = declarations.filter { $0.grouping == .theme }
        for theme in report.themes {
            for declaration in perTheme {
                add(figure(declaration, theme: theme.slug, evaluator, describe).map { [$0] } ?? [], declaration)
            }
        }
        let perEvent = declarations.filter { $0.grouping == .event }
        for event in report.events {
            for declaration in perEvent { add(eventFigures(declaration, event, evaluator, describe), declaration) }
        }
        let possible = Set(uncomputable.filter { $0.grouping == nil }.map(\.name))
        DeclaredFigureComparison.apply(report.settings.declared, to: &table, notComputed: possible, diagnostics: &diagnostics)
        if let previous { EditionComparison.apply(previous, to: &table) }
        table.trimCapacity()
        return table
    }

    private static func figure(_ declaration: FigureDeclaration, theme: String?, _ evaluator: RuleEvaluator,
                               _ describe: RuleDescription) -> Figure? {
        let name = declaration.fullName(group: theme)
        let rule = declaration.description ?? describe.rule(declaration.rule, perTheme: theme != nil)
        switch declaration.rule {
        case .count(let set, let filters):
            return Figure(name: name, value: evaluator.records(set, filters: filters, theme: theme).count, unit: declaration.unit,
                          rule: rule, source: describe.source(declaration.rule))
        case .sum(let set, let fields, let filters):
            let records = evaluator.records(set, filters: filters, theme: theme)
            var figure = Figure(name: name, value: evaluator.sum(records, fields: fields), unit: declaration.unit,
                                rule: rule, source: describe.source(declaration.rule))
            if declaration.unit == .count, let schema = evaluator.sets[set]?.schema {
                figure.precision = FigureProvenance.precision(of: records, summing: fields, in: schema)
            }
            return figure
        case .share(let sources):
            let (members, whole) = evaluator.share(sources, theme: theme)
            var figure = Figure(name: name, value: Percentage.roundedHalfUp(members, of: whole), unit: .percent,
                                rule: rule, source: describe.source(declaration.rule))
            figure.share = ShareCount(members: members, whole: whole, populationName: describe.populationName)
            return figure
        case .measures:
            return nil
        }
    }

    /// Figures of one event: a figure exists only when the event gives a value for it.
    private static func eventFigures(_ declaration: FigureDeclaration, _ event: Record, _ evaluator: RuleEvaluator,
                                     _ describe: RuleDescription) -> [Figure] {
        guard let id = event.text("id") else { return [] }
        let precision = event.text("precision").flatMap(Precision.init(rawValue:)) ?? .exact
        let rule = declaration.description ?? describe.rule(declaration.rule, perTheme: false)
        let source = describe.source(declaration.rule)
        let name = declaration.fullName(group: id)
        switch declaration.rule {
        case .sum(_, let fields, let filters):
            guard filters.allSatisfy({ evaluator.matches(event, $0) }) else { return [] }
            let amounts = fields.compactMap { RuleEvaluator.amount(event, $0) }
            guard !amounts.isEmpty else { return [] }
            return [Figure(name: name, value: amounts.reduce(0, +), unit: declaration.unit, rule: rule, source: source,
                           precision: declaration.unit == .count ? precision : .exact)]
        case .measures(_, let field):
            return event.measures(field).map {
                Figure(name: "\(name).\($0.id)", value: $0.percent, unit: .percent, rule: rule, source: source)
            }
        case .count, .share:
            return []
        }
    }
}
