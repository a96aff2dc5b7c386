/// Reads the register of organisations, the list every record's organisation ids must come from.
enum RegisterParser {
    /// The valid entries, and the ids of entries that were rejected (already reported, so references to
    /// them need not be reported again).
    static func parse(_ file: SourceFile, schema: RegisterSchema, limits: Limits,
                      diagnostics: inout Diagnostics) -> (organisations: [Organisation], rejectedIDs: Set<String>) {
        if let organisations = plainRegister(file, schema: schema, limits: limits) { return (organisations, []) }
        return throughYAMLNodes(file, schema: schema, limits: limits, diagnostics: &diagnostics)
    }

    /// The register read through Yams nodes, with every problem worded.
    static func throughYAMLNodes(_ file: SourceFile, schema: RegisterSchema, limits: Limits,
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
            var values = RecordFields()
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

    /// The register read straight from plain YAML when every entry is valid and every id distinct (`PlainRecords`,
    /// with `id`, `name` and `note` as fields); nil to read it through Yams nodes, which words any problem.
    static func plainRegister(_ file: SourceFile, schema: RegisterSchema, limits: Limits) -> [Organisation]? {
        let own = ["id", "name", "note"]
        guard !schema.fields.contains(where: { own.contains($0.name) }) else { return nil }
        let entry = RecordSchema(
            name: "register", path: schema.path, isOptional: false, isEvents: false,
            fields: [FieldSchema(name: "id", type: .id, optional: false, location: schema.location),
                     FieldSchema(name: "name", type: .text, optional: false, location: schema.location),
                     FieldSchema(name: "note", type: .text, optional: true, location: schema.location)] + schema.fields,
            exclusive: [], location: schema.location)
        guard let records = RecordSetParser.plainRecords(file.text, path: file.path, lineOffset: 0, schema: entry, limits: limits)
        else { return nil }
        var seen: Set<String> = []
        var organisations: [Organisation] = []
        organisations.reserveCapacity(records.count)
        for record in records {
            guard case .text(let id)? = record.fields.value("id"), case .text(let name)? = record.fields.value("name"),
                  seen.insert(id).inserted else { return nil }
            var note: String?
            if case .text(let text)? = record.fields.value("note") { note = text }
            var fields = record.fields
            for name in own { fields[name] = nil }
            organisations.append(Organisation(id: id, name: name, note: note, fields: fields, location: record.location))
        }
        return organisations
    }
}
