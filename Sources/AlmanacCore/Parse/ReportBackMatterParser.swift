import Yams

/// Reads the parts of `report.yaml` about provenance and the back cover: `illustrative`, `contact` and `credits`.
enum ReportBackMatterParser {
    /// `illustrative: [{records: SET, fields: [..], counts_are_published: true}]`; names are checked against the
    /// model later (`FigureDeclarationChecker`).
    static func illustrative(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [IllustrativeRecords] {
        guard case .sequence(let items) = node else {
            diagnostics.error("\"illustrative\" must be a list of {records, fields}", at: document.location(node))
            return []
        }
        return items.compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "illustrative entry", required: ["records"],
                                          optional: ["fields", "counts_are_published"], diagnostics: &diagnostics),
                  let set = fields.identifier("records", diagnostics: &diagnostics) else { return nil }
            return IllustrativeRecords(set: set, fields: (fields.identifiers("fields", diagnostics: &diagnostics) ?? []).map(\.id),
                                       countsArePublished: fields.flag("counts_are_published", diagnostics: &diagnostics) ?? false,
                                       location: fields.location("records"))
        }
    }

    /// `contact: {name, address: [lines], telephone, email, web}`, every field optional.
    static func contact(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> Contact? {
        guard let fields = YAMLFields(node, in: document, what: "contact", required: [],
                                      optional: ["name", "address", "telephone", "email", "web"], diagnostics: &diagnostics)
        else { return nil }
        return Contact(name: fields.text("name", diagnostics: &diagnostics),
                       address: fields.node("address").map { lines($0, field: "address", document, &diagnostics) } ?? [],
                       telephone: fields.text("telephone", diagnostics: &diagnostics),
                       email: fields.text("email", diagnostics: &diagnostics),
                       web: fields.text("web", diagnostics: &diagnostics))
    }

    /// A text or a list of texts, e.g. an address's lines or the image credits.
    static func lines(_ node: Node, field: String, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [String] {
        let items = node.sequence.map { Array($0) } ?? [node]
        return items.compactMap { document.text($0, field: field, diagnostics: &diagnostics) }
    }
}
