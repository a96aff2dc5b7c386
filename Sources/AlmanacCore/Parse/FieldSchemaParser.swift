import Yams

/// Reads declared fields: `name: type`, or `name: {type: …, optional: true, …}`, or `name: {choice: [a, b]}`.
enum FieldSchemaParser {
    static func fields(_ node: Node, in document: YAMLDocument, diagnostics: inout Diagnostics) -> [FieldSchema] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"fields\" must map field names to their types", at: document.location(node),
                              hint: "e.g. date: date, theme: theme, kind: {choice: [visit, call]}")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = document.identifier(key, field: "fields", diagnostics: &diagnostics) else { return nil }
            return field(name, value, document, &diagnostics)
        }
    }

    private static func field(_ name: String, _ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> FieldSchema? {
        let location = document.location(node)
        if node.scalar != nil {
            guard let word = document.text(node, field: name, diagnostics: &diagnostics) else { return nil }
            // An unknown type is reported here; the field still names a key records may give, so they are not blamed.
            guard let type = type(named: word, at: location, &diagnostics) else {
                return FieldSchema(name: name, type: .text, optional: true, location: location)
            }
            return FieldSchema(name: name, type: type, optional: false, location: location)
        }
        guard let fields = YAMLFields(node, in: document, what: "field \"\(name)\"", required: [],
                                      optional: ["type", "choice", "optional", "in_population", "listed_in_theme",
                                                 "differs_from", "unique"], diagnostics: &diagnostics)
        else { return nil }
        let type: FieldType?
        switch (fields.node("type"), fields.node("choice")) {
        case (nil, let choice?):
            type = choices(choice, document, &diagnostics).map(FieldType.choice)
        case (let typeNode?, nil):
            type = document.text(typeNode, field: "type", diagnostics: &diagnostics)
                .flatMap { self.type(named: $0, at: document.location(typeNode), &diagnostics) }
        case (_?, _?):
            diagnostics.error("field \"\(name)\" gives both \"type\" and \"choice\"; a choice is its own type", at: location)
            type = nil
        case (nil, nil):
            diagnostics.error("field \"\(name)\" needs a \"type\" or a \"choice\" list", at: location,
                              hint: "types: \(FieldType.names.joined(separator: ", "))")
            type = nil
        }
        guard let type else { return nil }
        var schema = FieldSchema(name: name, type: type, optional: fields.flag("optional", diagnostics: &diagnostics) ?? false,
                                 location: location)
        schema.inPopulation = fields.flag("in_population", diagnostics: &diagnostics) ?? false
        schema.listedInTheme = fields.flag("listed_in_theme", diagnostics: &diagnostics) ?? false
        schema.differsFrom = fields.identifier("differs_from", diagnostics: &diagnostics)
        schema.unique = fields.flag("unique", diagnostics: &diagnostics) ?? false
        if (schema.inPopulation || schema.listedInTheme) && !type.refersToOrganisations {
            diagnostics.error("only organisation fields can be \(schema.inPopulation ? "in_population" : "listed_in_theme")",
                              at: location)
        }
        if schema.listedInTheme && type != .organisation {
            diagnostics.error("listed_in_theme needs a single organisation field", at: location)
        }
        return schema
    }

    private static func type(named word: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) -> FieldType? {
        if let type = FieldType(name: word) { return type }
        diagnostics.error("unknown field type \"\(word)\"", at: location,
                          hint: Suggestion.didYouMean(word, among: FieldType.names + ["choice"])
                            ?? "types: \(FieldType.names.joined(separator: ", ")), or {choice: [a, b]}")
        return nil
    }

    private static func choices(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [String]? {
        guard case .sequence(let items) = node, !items.isEmpty else {
            diagnostics.error("\"choice\" must be a non-empty list of words", at: document.location(node))
            return nil
        }
        let words = items.compactMap { document.text($0, field: "choice", diagnostics: &diagnostics) }
        if Set(words).count != words.count {
            diagnostics.error("\"choice\" lists a word twice", at: document.location(node))
        }
        return words.count == items.count ? words : nil
    }

    /// The type's name as written in model.yaml.
    static func typeName(_ type: FieldType) -> String {
        if case .choice = type { return "choice" }
        return FieldType.names.first { FieldType(name: $0) == type } ?? "choice"
    }
}
