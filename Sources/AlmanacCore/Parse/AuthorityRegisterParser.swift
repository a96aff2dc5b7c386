/// Reads `authorities.yaml`, the register every record's authority ids must come from.
enum AuthorityRegisterParser {
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> [Authority] {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return [] }
        var seen: [String: SourceLocation] = [:]
        return document.listItems(what: "authority", diagnostics: &diagnostics).compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "authority",
                                          required: ["id", "name", "region", "type", "rural"], optional: ["note"],
                                          diagnostics: &diagnostics) else { return nil }
            let id = fields.identifier("id", diagnostics: &diagnostics)
            let name = fields.text("name", diagnostics: &diagnostics)
            let region = fields.text("region", diagnostics: &diagnostics)
            let rural = fields.flag("rural", diagnostics: &diagnostics)
            let kind: Authority.Kind? = fields.choice("type", "authority type", plural: "types", diagnostics: &diagnostics)
            guard let id, let name, let region, let rural, let kind else { return nil }
            if let first = seen[id] {
                diagnostics.error("duplicate authority id \"\(id)\" (first at \(first))", at: fields.location("id"))
                return nil
            }
            seen[id] = fields.location("id")
            return Authority(id: id, name: name, region: region, kind: kind, rural: rural,
                             note: fields.text("note", diagnostics: &diagnostics), location: fields.location)
        }
    }

    /// Ids written in the register whose entries were rejected, found with a plain text scan.
    static func idsOfInvalidEntries(_ file: SourceFile, parsed: [Authority]) -> Set<String> {
        let good = Set(parsed.map(\.id))
        var ids: Set<String> = []
        for line in file.text.split(separator: "\n") {
            guard let range = line.utf8Range(of: "id: ") else { continue }
            let rest = line[range.upperBound...].prefix { $0 != "," && $0 != "}" && $0 != " " }
            let id = String(rest)
            if Identifier.isValid(id) && !good.contains(id) { ids.insert(id) }
        }
        return ids
    }
}
