import Yams

/// Reads a figure's rule (`count`, `sum`, `share` or `measures`) and its `where` filters; names are checked later,
/// against the model, by `FigureDeclarationChecker`.
enum FigureRuleParser {
    static func rule(_ key: String, _ fields: YAMLFields, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> FigureRule? {
        let filters = fields.node("where").map { self.filters($0, document, &diagnostics) } ?? []
        guard let node = fields.node(key) else { return nil }
        switch key {
        case "count":
            guard let set = document.identifier(node, field: "count", diagnostics: &diagnostics) else { return nil }
            return .count(set: set, filters: filters)
        case "sum":
            let items = node.sequence.map { Array($0) } ?? [node]
            let paths = items.compactMap { fieldPath($0, document, &diagnostics) }
            guard paths.count == items.count, let set = paths.first?.set else { return nil }
            if let other = paths.first(where: { $0.set != set }) {
                diagnostics.error("a sum adds fields of one record set, not \"\(set)\" and \"\(other.set)\"", at: document.location(node))
                return nil
            }
            return .sum(set: set, fields: paths.map(\.field), filters: filters)
        case "measures":
            guard let path = fieldPath(node, document, &diagnostics) else { return nil }
            if !filters.isEmpty {
                diagnostics.error("a measures rule takes no \"where\"", at: fields.location("where"))
            }
            return .measures(set: path.set, field: path.field)
        default:
            if fields.has("where") {
                diagnostics.error("a share takes \"where\" inside each source, e.g. {field: set.field, where: {…}}",
                                  at: fields.location("where"))
            }
            let items = node.sequence.map { Array($0) } ?? [node]
            let sources = items.compactMap { shareSource($0, document, &diagnostics) }
            return sources.count == items.count && !sources.isEmpty ? .share(sources) : nil
        }
    }

    /// `set.field`, as written in a rule.
    private static func fieldPath(_ node: Node, _ document: YAMLDocument,
                                  _ diagnostics: inout Diagnostics) -> (set: String, field: String)? {
        guard let text = document.text(node, field: "rule", diagnostics: &diagnostics) else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy(Identifier.isValid) else {
            diagnostics.error("\"\(text)\" must name a record set and one of its fields, e.g. events.delegates",
                              at: document.location(node))
            return nil
        }
        return (parts[0], parts[1])
    }

    private static func shareSource(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> ShareSource? {
        if node.scalar != nil {
            return fieldPath(node, document, &diagnostics).map {
                ShareSource(set: $0.set, field: $0.field, filters: [], location: document.location(node))
            }
        }
        guard let fields = YAMLFields(node, in: document, what: "share source", required: ["field"], optional: ["where"],
                                      diagnostics: &diagnostics),
              let fieldNode = fields.node("field"), let path = fieldPath(fieldNode, document, &diagnostics) else { return nil }
        return ShareSource(set: path.set, field: path.field,
                           filters: fields.node("where").map { filters($0, document, &diagnostics) } ?? [],
                           location: document.location(fieldNode))
    }

    /// `where: {kind: visit, region: [North, South], lead.rural: true}`.
    static func filters(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [RecordFilter] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"where\" must map field names to a value or a list of values", at: document.location(node))
            return []
        }
        return mapping.compactMap { key, value in
            guard let written = document.text(key, field: "where", diagnostics: &diagnostics) else { return nil }
            let path = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(path.count), path.allSatisfy(Identifier.isValid) else {
                diagnostics.error("\"\(written)\" must be a field name, or an organisation field and a register field (lead.region)",
                                  at: document.location(key))
                return nil
            }
            let items = value.sequence.map { Array($0) } ?? [value]
            let values = items.compactMap { document.text($0, field: written, diagnostics: &diagnostics) }
            guard values.count == items.count, !values.isEmpty else { return nil }
            return RecordFilter(path: path, values: values, location: document.location(key))
        }
    }
}
