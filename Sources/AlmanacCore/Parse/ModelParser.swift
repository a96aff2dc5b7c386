import Yams

/// Reads `model.yaml`: the register's file and fields, what each theme lists, and every record set's fields.
enum ModelParser {
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> ReportModel? {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "model", required: ["register", "records"],
                                      optional: ["listing"], diagnostics: &diagnostics)
        else { return nil }
        let register = fields.node("register").flatMap { parseRegister($0, document, &diagnostics) }
        let listing = fields.node("listing").flatMap { parseListing($0, document, &diagnostics) }
        var sets: [RecordSchema] = []
        if let node = fields.node("records") {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let name = document.identifier(key, field: "records", diagnostics: &diagnostics) else { continue }
                    if name == listing?.key || name == "themes" {
                        diagnostics.error("record set name \"\(name)\" is taken by \(name == "themes" ? "the themes" : "the theme listing")",
                                          at: document.location(key))
                    } else if let set = parseSet(name, value, document, &diagnostics) {
                        sets.append(set)
                    }
                }
            } else {
                diagnostics.error("\"records\" must map record set names to their fields", at: document.location(node))
            }
        }
        let events = sets.filter(\.isEvents)
        for extra in events.dropFirst() {
            diagnostics.error("only one record set can hold the events (also \"\(events[0].name)\")", at: extra.location)
        }
        var paths: [String: String] = [:]
        for set in sets {
            if let other = paths[set.path] {
                diagnostics.error("record sets \"\(other)\" and \"\(set.name)\" both read \(set.path)", at: set.location)
            }
            paths[set.path] = set.name
        }
        guard let register else { return nil }
        return ReportModel(register: register, listing: listing, recordSets: sets, location: fields.location)
    }

    private static func parseRegister(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> RegisterSchema? {
        guard let fields = YAMLFields(node, in: document, what: "register", required: ["file", "fields"], optional: ["title"],
                                      diagnostics: &diagnostics),
              let path = dataPath(fields, document, &diagnostics) else { return nil }
        let declared = fields.node("fields").map { FieldSchemaParser.fields($0, in: document, diagnostics: &diagnostics) } ?? []
        for field in declared where ["id", "name", "note"].contains(field.name) {
            diagnostics.error("register field \"\(field.name)\" is built in; declare only the others", at: field.location)
        }
        for field in declared where field.type.refersToThemes || field.type.refersToOrganisations || field.type == .measures {
            diagnostics.error("a register field cannot be of type \(FieldSchemaParser.typeName(field.type))", at: field.location)
        }
        return RegisterSchema(path: path, fields: declared.filter { !["id", "name", "note"].contains($0.name) },
                              location: fields.location, title: fields.text("title", diagnostics: &diagnostics))
    }

    private static func parseListing(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> ListingSchema? {
        guard let fields = YAMLFields(node, in: document, what: "listing", required: ["key", "organisation"],
                                      optional: ["partners", "checked_flags", "title"], diagnostics: &diagnostics),
              let key = fields.identifier("key", diagnostics: &diagnostics),
              let organisation = fields.identifier("organisation", diagnostics: &diagnostics) else { return nil }
        let reserved = ["title", "order", "summary", "slug", "printed_names"]
        if reserved.contains(key) {
            diagnostics.error("listing key \"\(key)\" is a theme front-matter field already", at: fields.location("key"))
            return nil
        }
        return ListingSchema(key: key, organisationField: organisation,
                             partnersField: fields.identifier("partners", diagnostics: &diagnostics),
                             checkedFlags: (fields.identifiers("checked_flags", diagnostics: &diagnostics) ?? []).map(\.id),
                             location: fields.location, title: fields.text("title", diagnostics: &diagnostics))
    }

    private static func parseSet(_ name: String, _ node: Node, _ document: YAMLDocument,
                                 _ diagnostics: inout Diagnostics) -> RecordSchema? {
        guard let fields = YAMLFields(node, in: document, what: "record set \"\(name)\"", required: ["fields"],
                                      optional: ["file", "optional", "events", "exclusive", "title"], diagnostics: &diagnostics)
        else { return nil }
        let path = fields.has("file") ? dataPath(fields, document, &diagnostics) : "records/\(name).yaml"
        let declared = fields.node("fields").map { FieldSchemaParser.fields($0, in: document, diagnostics: &diagnostics) } ?? []
        let names = declared.map(\.name)
        var exclusive: [[String]] = []
        if let node = fields.node("exclusive") {
            guard case .sequence(let groups) = node else {
                diagnostics.error("\"exclusive\" must be a list of field lists, e.g. [[count, list]]", at: document.location(node))
                return nil
            }
            for group in groups {
                let members = group.sequence.map { Array($0) } ?? [group]
                let words = members.compactMap { document.identifier($0, field: "exclusive", diagnostics: &diagnostics) }
                for (word, member) in zip(words, members) where !names.contains(word) {
                    diagnostics.error("\"exclusive\" names unknown field \"\(word)\"", at: document.location(member),
                                      hint: Suggestion.didYouMean(word, among: names))
                }
                exclusive.append(words)
            }
        }
        for field in declared {
            if let other = field.differsFrom, !names.contains(other) {
                diagnostics.error("\"differs_from\" names unknown field \"\(other)\"", at: field.location,
                                  hint: Suggestion.didYouMean(other, among: names))
            }
        }
        let isEvents = fields.flag("events", diagnostics: &diagnostics) ?? false
        let schema = RecordSchema(name: name, path: path ?? "records/\(name).yaml",
                                  isOptional: fields.flag("optional", diagnostics: &diagnostics) ?? false,
                                  isEvents: isEvents, fields: declared, exclusive: exclusive, location: fields.location,
                                  title: fields.text("title", diagnostics: &diagnostics))
        if isEvents { EventFields.check(schema, diagnostics: &diagnostics) }
        return schema
    }

    /// A `file:` value: a relative `.yaml` path inside the content folder.
    private static func dataPath(_ fields: YAMLFields, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> String? {
        guard let path = fields.text("file", diagnostics: &diagnostics) else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let shapeIsSafe = path.hasSuffix(".yaml") && !path.hasPrefix("/") && parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") } && (parts.count == 1 || parts[0] == "records")
        guard shapeIsSafe, !["report.yaml", "model.yaml", "figures.yaml", "wording.yaml"].contains(path) else {
            diagnostics.error("\"file\" must name a .yaml file in the content folder or in records/, not \"\(path)\"",
                              at: fields.location("file"))
            return nil
        }
        return path
    }
}
