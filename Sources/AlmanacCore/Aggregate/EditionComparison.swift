import Foundation

/// Compares this edition's figures with the previous edition's, by name: a figure counted the same way gets its
/// previous value (its change is a difference, in points for percentages); one whose rule changed is marked not
/// comparable, never compared silently; one the previous edition lacked has no previous value (new this edition);
/// one the previous edition had and this one lacks is listed as disappeared.
enum EditionComparison {
    static func apply(_ previous: PreviousEdition, to table: inout FigureTable) {
        table.previousEdition = previous.edition
        let before = Dictionary(previous.figures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var present: Set<String> = []
        for var figure in table.ordered {
            present.insert(figure.name)
            guard let old = before[figure.name] else { continue }
            figure.previous = PreviousValue(edition: previous.edition, value: old.value,
                                            comparable: sameRule(figure, old), rule: old.rule)
            table.add(figure)
        }
        table.disappeared = previous.figures.filter { !present.contains($0.name) }
    }

    /// Same unit and the same definition; a file without definitions is compared by its rule in words.
    static func sameRule(_ figure: Figure, _ old: PreviousFigure) -> Bool {
        guard figure.unit == old.unit else { return false }
        if let definition = old.definition, let current = figure.declaration?.definition { return definition == current }
        return withoutCounts(old.rule) == withoutCounts(figure.ruleWithCounts)
    }

    /// A share's rule without its counts (": 294 of 388 member libraries, rounded half up"), which change
    /// every edition while the rule stays the same.
    static func withoutCounts(_ rule: String) -> String {
        guard let range = rule.range(of: #": [0-9,]+ of [0-9,]+ .*, rounded half up$"#, options: .regularExpression) else { return rule }
        return String(rule[..<range.lowerBound])
    }
}
