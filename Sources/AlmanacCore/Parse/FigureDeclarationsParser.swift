import Yams

/// Reads `figures.yaml`: every figure's name, label, unit and rule, written as data.
enum FigureDeclarationsParser {
    static let ruleKeys = ["count", "sum", "share", "measures"]

    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> FigureDeclarations? {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "figures file", required: ["figures"],
                                      optional: ["charts", "boxes"], diagnostics: &diagnostics)
        else { return nil }
        var declarations: [FigureDeclaration] = []
        if let node = fields.node("figures") {
            guard case .sequence(let items) = node else {
                diagnostics.error("\"figures\" must be a list of figure declarations", at: document.location(node))
                return nil
            }
            var seen: [String: SourceLocation] = [:]
            for item in items {
                guard let declaration = declaration(item, document, &diagnostics) else { continue }
                let key = (declaration.grouping?.rawValue ?? "") + "|" + declaration.name
                if let first = seen[key] {
                    diagnostics.error("figure \"\(declaration.name)\" is declared twice (first at \(first))", at: declaration.location)
                    continue
                }
                seen[key] = declaration.location
                declarations.append(declaration)
            }
        }
        let charts = fields.node("charts").map { ChartDeclarationsParser.parse($0, document, &diagnostics) } ?? []
        let boxes = fields.node("boxes").map { FigureBoxParser.parse($0, document, &diagnostics) } ?? [:]
        return FigureDeclarations(figures: declarations, charts: charts, boxes: boxes)
    }

    private static func declaration(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> FigureDeclaration? {
        guard let fields = YAMLFields(node, in: document, what: "figure", required: ["name", "label"],
                                      optional: ruleKeys + ["where", "per", "unit", "description"], diagnostics: &diagnostics),
              let name = fields.text("name", diagnostics: &diagnostics) else { return nil }
        var grouping: FigureDeclaration.Grouping?
        if let word = fields.text("per", diagnostics: &diagnostics) {
            grouping = FigureDeclaration.Grouping(rawValue: word)
            if grouping == nil {
                diagnostics.error("\"per\" must be theme or event, not \"\(word)\"", at: fields.location("per"),
                                  hint: Suggestion.didYouMean(word, among: ["theme", "event"]))
                return nil
            }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if grouping != nil ? parts.count != 1 : parts.count < 2 || parts.contains(where: { !Identifier.isValid(String($0)) }) {
            diagnostics.error(grouping != nil
                              ? "a figure given per \(grouping!.rawValue) is named by one word, e.g. \"delegates\"; the name becomes \(grouping!.rawValue).ID.\(name)"
                              : "figure name \"\(name)\" must be dotted words, e.g. \"round.delegates\"",
                              at: fields.location("name"))
            return nil
        }
        if grouping != nil, !Identifier.isValid(name) {
            diagnostics.error("figure name \"\(name)\" must use lower-case letters, digits, - and _", at: fields.location("name"))
            return nil
        }
        let given = ruleKeys.filter { fields.has($0) }
        guard given.count == 1 else {
            diagnostics.error(given.isEmpty ? "figure \"\(name)\" needs a rule: one of count, sum, share or measures"
                                            : "figure \"\(name)\" gives \(given.joined(separator: " and ")); give one rule",
                              at: fields.location)
            return nil
        }
        guard let label = label(fields, document, &diagnostics),
              let rule = FigureRuleParser.rule(given[0], fields, document, &diagnostics) else { return nil }
        var unit: Figure.Unit = { if case .share = rule { return .percent }; if case .measures = rule { return .percent }; return .count }()
        if let word = fields.text("unit", diagnostics: &diagnostics) {
            guard let written = Figure.Unit(rawValue: word) else {
                diagnostics.error("\"unit\" must be count or percent, not \"\(word)\"", at: fields.location("unit"))
                return nil
            }
            if written != unit {
                diagnostics.error("a \(given[0]) rule gives a \(unit.rawValue), not a \(word)", at: fields.location("unit"))
            }
            unit = written
        }
        return FigureDeclaration(name: name, grouping: grouping, label: label, unit: unit, rule: rule,
                                 description: fields.text("description", diagnostics: &diagnostics), location: fields.location("name"))
    }

    /// `label: events` or `label: {one: event, other: events}`.
    static func label(_ fields: YAMLFields, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> PluralText? {
        fields.node("label").flatMap { pluralText($0, field: "label", document, &diagnostics) }
    }

    /// Text, or a mapping of CLDR plural categories to text with `other` required.
    static func pluralText(_ node: Node, field: String, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> PluralText? {
        if node.scalar != nil { return document.text(node, field: field, diagnostics: &diagnostics).map(PluralText.init) }
        let categories = ["zero", "one", "two", "few", "many", "other"]
        guard let forms = YAMLFields(node, in: document, what: "\"\(field)\"", required: ["other"],
                                     optional: categories.filter { $0 != "other" }, diagnostics: &diagnostics) else { return nil }
        var texts: [String: String] = [:]
        for category in categories {
            if let text = forms.text(category, diagnostics: &diagnostics) { texts[category] = text }
        }
        return texts["other"] == nil ? nil : PluralText(forms: texts)
    }
}

/// The figure, chart and box declarations of a report, as `figures.yaml` gives them.
public struct FigureDeclarations: Sendable {
    public var figures: [FigureDeclaration]
    public var charts: [ChartDeclaration]
    /// The "at a glance" boxes, each a list of items; a box not declared is empty.
    public var boxes: [FigureBoxItem.Box: [FigureBoxItem]] = [:]
}
