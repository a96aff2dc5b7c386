import Yams

/// Reads one theme file: front matter fields and Beacon awards; the body stays Markdown.
enum ThemeParser {
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> Theme? {
        guard let split = FrontMatter.split(file, diagnostics: &diagnostics),
              let document = YAMLDocument.parse(split.yaml, path: file.path, lineOffset: split.yamlLineOffset,
                                                maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "theme front matter",
                                      required: ["title", "order", "summary", "beacons"],
                                      optional: ["slug", "printed_names"], diagnostics: &diagnostics)
        else { return nil }
        let slug = fields.has("slug") ? fields.identifier("slug", diagnostics: &diagnostics)
                                      : fileSlug(file, diagnostics: &diagnostics)
        let title = fields.text("title", diagnostics: &diagnostics)
        let order = fields.count("order", diagnostics: &diagnostics)
        let summary = fields.text("summary", diagnostics: &diagnostics)
        let beacons = fields.node("beacons").map { parseBeacons($0, document, &diagnostics) } ?? []
        let printed = fields.node("printed_names").map { parsePrintedNames($0, document, &diagnostics) } ?? [:]
        guard let slug, let title, let order, let summary else { return nil }
        return Theme(slug: slug, title: title, order: order, summary: summary, beacons: beacons,
                     printedNames: printed, body: split.body, location: .file(file.path))
    }

    /// The slug from the file name, checked like any other id.
    static func fileSlug(_ file: SourceFile, diagnostics: inout Diagnostics) -> String? {
        let slug = FrontMatter.slug(fromFileName: file.relativePath)
        guard Identifier.isValid(slug) else {
            diagnostics.error("file name gives the slug \"\(slug)\", which is not a valid id", at: .file(file.path),
                              hint: "rename the file using lower-case letters, digits and -, or set \"slug\"")
            return nil
        }
        return slug
    }

    private static func parseBeacons(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [BeaconAward] {
        guard case .sequence(let items) = node, !items.isEmpty else {
            diagnostics.error("\"beacons\" must be a non-empty list of {authority, partners}", at: document.location(node))
            return []
        }
        return items.compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "Beacon award", required: ["authority"],
                                          optional: ["partners", "rural"], diagnostics: &diagnostics),
                  let id = fields.identifier("authority", diagnostics: &diagnostics) else { return nil }
            let partners = fields.identifiers("partners", diagnostics: &diagnostics) ?? []
            return BeaconAward(authorityID: id, partnerIDs: partners.map(\.id),
                               declaredRural: fields.flag("rural", diagnostics: &diagnostics),
                               location: fields.location("authority"), partnerLocations: partners.map(\.location))
        }
    }

    private static func parsePrintedNames(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [String: String] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"printed_names\" must map authority ids to names", at: document.location(node))
            return [:]
        }
        var names: [String: String] = [:]
        for (key, value) in mapping {
            if let id = document.identifier(key, field: "printed_names", diagnostics: &diagnostics),
               let name = document.text(value, field: id, diagnostics: &diagnostics) {
                names[id] = name
            }
        }
        return names
    }
}
