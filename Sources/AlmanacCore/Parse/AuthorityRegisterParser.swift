/// Reads `authorities.yaml`, the register every record's authority ids must come from.
enum AuthorityRegisterParser {
    /// The valid entries, and the ids of entries that were rejected (already reported, so references to
    /// them need not be reported again).
    static func parse(_ file: SourceFile, limits: Limits,
                      diagnostics: inout Diagnostics) -> (authorities: [Authority], rejectedIDs: Set<String>) {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return ([], []) }
        var seen: [String: SourceLocation] = [:]
        var rejected: Set<String> = []
        let authorities: [Authority] = document.listItems(what: "authority", diagnostics: &diagnostics).compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "authority",
                                          required: ["id", "name", "region", "type", "rural"], optional: ["note"],
                                          diagnostics: &diagnostics) else { return nil }
            let id = fields.identifier("id", diagnostics: &diagnostics)
            let name = fields.text("name", diagnostics: &diagnostics)
            let region = fields.text("region", diagnostics: &diagnostics)
            let rural = fields.flag("rural", diagnostics: &diagnostics)
            let kind: Authority.Kind? = fields.choice("type", "authority type", plural: "types", diagnostics: &diagnostics)
            guard let id, let name, let region, let rural, let kind else {
                if let id { rejected.insert(id) }
                return nil
            }
            if let first = seen[id] {
                diagnostics.error("duplicate authority id \"\(id)\" (first at \(first))", at: fields.location("id"))
                return nil
            }
            seen[id] = fields.location("id")
            return Authority(id: id, name: name, region: region, kind: kind, rural: rural,
                             note: fields.text("note", diagnostics: &diagnostics), location: fields.location)
        }
        return (authorities, rejected.subtracting(seen.keys))
    }
}
