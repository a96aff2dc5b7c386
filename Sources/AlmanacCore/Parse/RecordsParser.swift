import Yams

/// Reads the YAML records: learning events, the activity log and applications per theme.
enum RecordsParser {
    static func events(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> [LearningEvent] {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return [] }
        return document.listItems(what: "event", diagnostics: &diagnostics).compactMap { event($0, document, &diagnostics) }
    }

    private static func event(_ node: Node, _ document: YAMLDocument, _ diagnostics: inout Diagnostics) -> LearningEvent? {
        guard let fields = YAMLFields(node, in: document, what: "event", required: ["id", "title", "themes"],
                                      optional: ["date", "place", "delegates", "participants", "precision", "authorities",
                                                 "authorities_count", "survey", "note"], diagnostics: &diagnostics)
        else { return nil }
        let id = fields.identifier("id", diagnostics: &diagnostics)
        let title = fields.text("title", diagnostics: &diagnostics)
        let themes = fields.identifiers("themes", diagnostics: &diagnostics) ?? []
        if fields.has("themes") && themes.isEmpty {
            diagnostics.error("event must list at least one theme", at: fields.location("themes"))
        }
        var precision = LearningEvent.Precision.exact
        if let text = fields.text("precision", diagnostics: &diagnostics) {
            if let value = LearningEvent.Precision(rawValue: text) { precision = value } else {
                diagnostics.error("\"precision\" must be exact, at-least or about, not \"\(text)\"", at: fields.location("precision"))
            }
        }
        let authorities = fields.identifiers("authorities", diagnostics: &diagnostics)
        let authoritiesCount = fields.count("authorities_count", diagnostics: &diagnostics)
        if fields.has("authorities") && fields.has("authorities_count") {
            diagnostics.error("event gives both \"authorities\" and \"authorities_count\"; keep one",
                              at: fields.location("authorities_count"))
        }
        var survey: [(String, Int)] = []
        if let surveyNode = fields.node("survey") {
            if case .mapping(let mapping) = surveyNode {
                for (key, value) in mapping {
                    if let measure = document.identifier(key, field: "survey", diagnostics: &diagnostics),
                       let percent = document.wholeNumber(value, field: measure, maximum: 100, diagnostics: &diagnostics) {
                        survey.append((measure, percent))
                    }
                }
            } else {
                diagnostics.error("\"survey\" must map survey-measure ids to percentages", at: document.location(surveyNode))
            }
        }
        let delegates = fields.count("delegates", diagnostics: &diagnostics)
        let participants = fields.count("participants", diagnostics: &diagnostics)
        let date = fields.date("date", diagnostics: &diagnostics)
        guard let id, let title else { return nil }
        return LearningEvent(
            id: id, title: title, themeSlugs: themes.map(\.id), date: date,
            place: fields.text("place", diagnostics: &diagnostics), delegates: delegates, participants: participants,
            precision: precision, authorityIDs: authorities?.map(\.id), authoritiesCount: authoritiesCount,
            survey: survey.map { (measure: $0.0, percent: $0.1) }, note: fields.text("note", diagnostics: &diagnostics),
            location: fields.location, themeLocations: themes.map(\.location),
            authorityLocations: authorities?.map(\.location) ?? [], surveyLocation: fields.location("survey"))
    }

    static func activities(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> [Activity] {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return [] }
        return document.listItems(what: "activity", diagnostics: &diagnostics).compactMap { node in
            guard let fields = YAMLFields(node, in: document, what: "activity",
                                          required: ["date", "beacon", "learner", "theme", "kind"], optional: [],
                                          diagnostics: &diagnostics) else { return nil }
            let date = fields.date("date", diagnostics: &diagnostics)
            let beacon = fields.identifier("beacon", diagnostics: &diagnostics)
            let learner = fields.identifier("learner", diagnostics: &diagnostics)
            let theme = fields.identifier("theme", diagnostics: &diagnostics)
            let kind: Activity.Kind? = fields.choice("kind", "activity kind", plural: "kinds", diagnostics: &diagnostics)
            guard let date, let beacon, let learner, let theme, let kind else { return nil }
            return Activity(date: date, beaconID: beacon, learnerID: learner, themeSlug: theme, kind: kind,
                            location: fields.location, beaconLocation: fields.location("beacon"),
                            learnerLocation: fields.location("learner"), themeLocation: fields.location("theme"))
        }
    }

    static func applications(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> [ApplicationCount] {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return [] }
        return document.listItems(what: "applications", diagnostics: &diagnostics).compactMap { node in
            guard let fields = YAMLFields(node, in: document, what: "applications entry", required: ["theme", "applications"],
                                          optional: [], diagnostics: &diagnostics),
                  let theme = fields.identifier("theme", diagnostics: &diagnostics),
                  let count = fields.count("applications", diagnostics: &diagnostics) else { return nil }
            return ApplicationCount(themeSlug: theme, applications: count, location: fields.location("theme"))
        }
    }
}
