/// Reads the register of organisations, the list every record's organisation ids must come from.
enum RegisterParser {
    /// The valid entries, and the ids of entries that were rejected (already reported, so references to
    /// them need not be reported again).
    static func parse(_ file: SourceFile, schema: RegisterSchema, limits: Limits,
                      diagnostics: inout Diagnostics) -> (organisations: [Organisation], rejectedIDs: Set<String>) {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return ([], []) }
        var seen: [String: SourceLocation] = [:]
        var rejected: Set<String> = []
        let required = ["id", "name"] + schema.fields.filter { !$0.optional }.map(\.name)
        let optional = ["note"] + schema.fields.filter(\.optional).map(\.name)
        let organisations: [Organisation] = document.listItems(what: "register", diagnostics: &diagnostics).compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "register entry", required: required, optional: optional,
                                          diagnostics: &diagnostics) else { return nil }
            let id = fields.identifier("id", diagnostics: &diagnostics)
            let name = fields.text("name", diagnostics: &diagnostics)
            var values: [String: RecordField] = [:]
            var complete = true
            for field in schema.fields where fields.has(field.name) {
                if let value = RecordSetParser.read(field, from: fields, diagnostics: &diagnostics) {
                    values[field.name] = value
                } else {
                    complete = false
                }
            }
            guard let id, let name, complete, schema.fields.allSatisfy({ $0.optional || values[$0.name] != nil }) else {
                if let id { rejected.insert(id) }
                return nil
            }
            if let first = seen[id] {
                diagnostics.error("duplicate register id \"\(id)\" (first at \(first))", at: fields.location("id"))
                return nil
            }
            seen[id] = fields.location("id")
            return Organisation(id: id, name: name, note: fields.text("note", diagnostics: &diagnostics), fields: values,
                                location: fields.location)
        }
        return (organisations, rejected.subtracting(seen.keys))
    }
}
