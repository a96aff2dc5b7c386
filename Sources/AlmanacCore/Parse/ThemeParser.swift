import Yams

/// Reads one theme file: front matter fields and the organisations it lists; the body stays Markdown.
enum ThemeParser {
    static func parse(_ file: SourceFile, listing: ListingSchema?, limits: Limits, diagnostics: inout Diagnostics) -> Theme? {
        guard let split = FrontMatter.split(file, diagnostics: &diagnostics),
              let document = YAMLDocument.parse(split.yaml, path: file.path, lineOffset: split.yamlLineOffset,
                                                maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "theme front matter",
                                      required: ["title", "order", "summary"] + (listing.map { [$0.key] } ?? []),
                                      optional: ["slug", "printed_names"], diagnostics: &diagnostics)
        else { return nil }
        let slug = fields.has("slug") ? fields.identifier("slug", diagnostics: &diagnostics)
                                      : fileSlug(file, diagnostics: &diagnostics)
        let title = fields.text("title", diagnostics: &diagnostics)
        let order = fields.count("order", diagnostics: &diagnostics)
        let summary = fields.text("summary", diagnostics: &diagnostics)
        let listed = listing.flatMap { listing in
            fields.node(listing.key).map { parseListing($0, listing, document, &diagnostics) }
        } ?? []
        let printed = fields.node("printed_names").map { parsePrintedNames($0, document, &diagnostics) } ?? [:]
        guard let slug, let title, let order, let summary else { return nil }
        return Theme(slug: slug, title: title, order: order, summary: summary, listed: listed,
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

    private static func parseListing(_ node: Node, _ listing: ListingSchema, _ document: YAMLDocument,
                                     _ diagnostics: inout Diagnostics) -> [ListedEntry] {
        let shape = ([listing.organisationField] + (listing.partnersField.map { [$0] } ?? [])).joined(separator: ", ")
        guard case .sequence(let items) = node, !items.isEmpty else {
            diagnostics.error("\"\(listing.key)\" must be a non-empty list of {\(shape)}", at: document.location(node))
            return []
        }
        return items.compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "\(listing.key) entry", required: [listing.organisationField],
                                          optional: (listing.partnersField.map { [$0] } ?? []) + listing.checkedFlags,
                                          diagnostics: &diagnostics),
                  let id = fields.identifier(listing.organisationField, diagnostics: &diagnostics) else { return nil }
            let partners = listing.partnersField.flatMap { fields.identifiers($0, diagnostics: &diagnostics) } ?? []
            var flags: [String: Bool] = [:]
            for flag in listing.checkedFlags {
                if let value = fields.flag(flag, diagnostics: &diagnostics) { flags[flag] = value }
            }
            return ListedEntry(organisationID: id, partnerIDs: partners.map(\.id), flags: flags,
                               location: fields.location(listing.organisationField), partnerLocations: partners.map(\.location))
        }
    }

    private static func parsePrintedNames(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [String: String] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"printed_names\" must map organisation ids to names", at: document.location(node))
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
