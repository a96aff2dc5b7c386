import Yams

/// Reads `report.yaml`: the report's identity, population, survey measures and declared figures.
enum ReportSettingsParser {
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> ReportSettings? {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "report",
                                      required: ["title", "edition", "period", "publisher", "statistics_source", "population"],
                                      optional: ["strapline", "data_note", "declared", "survey_measures", "language",
                                                 "illustrative", "contact", "credits", "previous", "site_url"], diagnostics: &diagnostics)
        else { return nil }
        let title = fields.text("title", diagnostics: &diagnostics)
        let edition = fields.text("edition", diagnostics: &diagnostics)
        let period = fields.text("period", diagnostics: &diagnostics)
        let publisher = fields.text("publisher", diagnostics: &diagnostics)
        let source = fields.text("statistics_source", diagnostics: &diagnostics)
        let population = fields.node("population").flatMap { parsePopulation($0, document, &diagnostics) }
        let measures = fields.node("survey_measures").map { parseMeasures($0, document, &diagnostics) } ?? []
        let declared = fields.node("declared").map { parseDeclared($0, document, &diagnostics) } ?? []
        var language = fields.text("language", diagnostics: &diagnostics)
        if let tag = language, !isLanguageTag(tag) {
            // Reported here only: the build stops, and no strings file is looked for under a name that is not a tag.
            language = nil
            diagnostics.error("\"language\" must be a BCP 47 language tag such as en-GB or cy, not \"\(tag)\"",
                              at: fields.location("language"))
        }
        guard let title, let edition, let period, let publisher, let source, let population else { return nil }
        var settings = ReportSettings(
            title: title, edition: edition, period: period, publisher: publisher,
            strapline: fields.text("strapline", diagnostics: &diagnostics),
            statisticsSource: source, dataNote: fields.text("data_note", diagnostics: &diagnostics),
            population: population, surveyMeasures: measures, declared: declared,
            language: language ?? ReportStrings.defaultLanguage, languageLocation: language.map { _ in fields.location("language") },
            location: fields.location)
        settings.illustrative = fields.node("illustrative").map { ReportBackMatterParser.illustrative($0, document, &diagnostics) } ?? []
        settings.contact = fields.node("contact").flatMap { ReportBackMatterParser.contact($0, document, &diagnostics) }
        settings.credits = fields.node("credits").map { ReportBackMatterParser.lines($0, field: "credits", document, &diagnostics) } ?? []
        if let url = fields.text("site_url", diagnostics: &diagnostics) {
            settings.siteURL = SiteURL.normalised(url, at: fields.location("site_url"), diagnostics: &diagnostics)
        }
        if let path = fields.text("previous", diagnostics: &diagnostics) {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, parts[0] == "..", Identifier.isValid(String(parts[1])) {
                settings.previousSibling = (String(parts[1]), fields.location("previous"))
            } else if path.hasPrefix("/") || !path.hasSuffix(".json") || parts.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) {
                diagnostics.error("\"previous\" must name the previous edition's figures.json inside the content folder, or its folder beside this one, not \"\(path)\"",
                                  at: fields.location("previous"), hint: "e.g. previous: data/round-8-figures.json, or previous: ../round-8")
            } else {
                settings.previous = (path, fields.location("previous"))
            }
        }
        return settings
    }

    /// A language subtag of 2–3 letters, then subtags of 1–8 letters or digits joined by "-" (`en-GB`, `cy`, `qps-ploc`).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy(isLetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func parsePopulation(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> Population? {
        guard let fields = YAMLFields(node, in: document, what: "population",
                                      required: ["name", "types", "source", "as_of"], optional: ["declared_size"],
                                      diagnostics: &diagnostics) else { return nil }
        let types = (fields.identifiers("types", diagnostics: &diagnostics) ?? []).map(\.id)
        guard let name = fields.text("name", diagnostics: &diagnostics),
              let source = fields.text("source", diagnostics: &diagnostics),
              let asOf = fields.date("as_of", diagnostics: &diagnostics) else { return nil }
        return Population(name: name, types: types, source: source, asOf: asOf,
                          declaredSize: fields.count("declared_size", diagnostics: &diagnostics), location: fields.location)
    }

    private static func parseMeasures(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [(id: String, label: String)] {
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"survey_measures\" must map measure ids to their wording", at: document.location(node))
            return []
        }
        return mapping.compactMap { key, value in
            guard let id = document.identifier(key, field: "survey_measures", diagnostics: &diagnostics),
                  let label = document.text(value, field: id, diagnostics: &diagnostics) else { return nil }
            return (id, label)
        }
    }

    private static func parseDeclared(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> [DeclaredFigure] {
        guard case .sequence(let items) = node else {
            diagnostics.error("\"declared\" must be a list of {figure, value, source}", at: document.location(node))
            return []
        }
        return items.compactMap { item in
            guard let fields = YAMLFields(item, in: document, what: "declared figure", required: ["figure", "value", "source"],
                                          optional: ["note"], diagnostics: &diagnostics),
                  let name = fields.text("figure", diagnostics: &diagnostics),
                  let value = fields.count("value", diagnostics: &diagnostics),
                  let source = fields.text("source", diagnostics: &diagnostics) else { return nil }
            return DeclaredFigure(name: name, value: value, source: source, note: fields.text("note", diagnostics: &diagnostics),
                                  location: fields.location("figure"))
        }
    }
}
