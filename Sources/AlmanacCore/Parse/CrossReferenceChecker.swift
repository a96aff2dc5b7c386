/// Checks that every id a record or theme names exists, that ids, slugs and orders are unique, and that records
/// keep the rules their declared fields state (in the population, listed in the theme, different from a field).
struct CrossReferenceChecker {
    let report: ParsedReport
    private let register: [String: Organisation]
    private let population: Set<String>
    private let themeSlugs: Set<String>

    /// Slugs the generator itself uses for pages; content may not take them.
    static let reservedSlugs: Set<String> = ["index", "print", "figures", "accessibility", "data", "assets"]

    private let listings: ListingIndex
    private let organisationSuggestions = SuggestionMemo(), themeSuggestions = SuggestionMemo()
    private let brokenThemes: Set<String>
    private let brokenOrganisations: Set<String>

    init(report: ParsedReport, brokenThemes: Set<String> = [], brokenOrganisations: Set<String> = []) {
        self.report = report
        self.brokenThemes = brokenThemes
        self.brokenOrganisations = brokenOrganisations
        register = report.organisationByID
        population = report.populationIDs
        themeSlugs = Set(report.themes.map(\.slug))
        listings = ListingIndex(report)
    }

    func check(diagnostics: inout Diagnostics) {
        checkThemesAndPages(&diagnostics)
        for set in report.recordSets { checkRecords(set, &diagnostics) }
        PopulationCheck.check(report, diagnostics: &diagnostics)
    }

    /// Reports an unknown id once per place; `followOns` counts records that wait on this mistyped listing.
    func organisation(_ id: String, at location: SourceLocation, inPopulation: Bool, followOns: Int = 0,
                      _ diagnostics: inout Diagnostics) {
        guard let entry = register[id] else {
            if brokenOrganisations.contains(id) { return }
            var hint = organisationSuggestions.didYouMean(id, among: register.keys) ?? "add it to \(report.model.register.path)"
            if followOns > 0 {
                hint += " Until then, \(followOns) record\(followOns == 1 ? "" : "s") of this theme "
                    + "that name\(followOns == 1 ? "s" : "") an organisation not listed here \(followOns == 1 ? "is" : "are") not reported separately"
            }
            diagnostics.error("unknown organisation id \"\(id)\"", at: location, hint: hint)
            return
        }
        // An empty population is reported once, at report.yaml, not at every record.
        if inPopulation && !population.isEmpty && !population.contains(id) {
            let type = entry.text("type").map { "of type \($0)" } ?? "without a type"
            diagnostics.error("\"\(id)\" (\(entry.name)) is \(type), not one of the population's types", at: location)
        }
    }

    func theme(_ slug: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        if !themeSlugs.contains(slug) && !brokenThemes.contains(slug) {
            diagnostics.error("unknown theme \"\(slug)\"", at: location,
                              hint: themeSuggestions.didYouMean(slug, among: themeSlugs) ?? "theme slugs come from content/themes/ file names")
        }
    }

    private func checkThemesAndPages(_ diagnostics: inout Diagnostics) {
        var slugs: [String: SourceLocation] = [:]
        var orders: [Int: SourceLocation] = [:]
        for theme in report.themes {
            claim(theme.slug, at: theme.location, in: &slugs, &diagnostics)
            if let first = orders[theme.order] {
                diagnostics.error("theme order \(theme.order) is also used by \(first.path)", at: theme.location)
            }
            orders[theme.order] = theme.location
            checkListing(theme, &diagnostics)
        }
        for page in report.pages {
            claim(page.slug, at: page.location, in: &slugs, &diagnostics)
        }
    }

    private func checkListing(_ theme: Theme, _ diagnostics: inout Diagnostics) {
        let key = report.model.listing?.key ?? "listing"
        var firstUnknown = true
        var listed: Set<String> = []
        for entry in theme.listed {
            // The theme's follow-on count goes with its first unknown entry: the cause, listed once.
            let isUnknown = register[entry.organisationID] == nil
            organisation(entry.organisationID, at: entry.location, inPopulation: false,
                         followOns: isUnknown && firstUnknown ? listings.waitingOnUnknown[theme.slug, default: 0] : 0, &diagnostics)
            if isUnknown { firstUnknown = false }
            if !listed.insert(entry.organisationID).inserted {
                diagnostics.error("\"\(entry.organisationID)\" is listed twice in this theme's \(key)", at: entry.location)
            }
            for (partner, location) in zip(entry.partnerIDs, entry.partnerLocations) {
                organisation(partner, at: location, inPopulation: false, &diagnostics)
            }
            for (flag, value) in entry.flags.sorted(by: { $0.key < $1.key }) {
                if let registered = register[entry.organisationID], let truth = registered.flag(flag), truth != value {
                    diagnostics.error("\(key) entry says \(flag): \(value) but the register says \(flag): \(truth) for \(registered.name)",
                                      at: entry.location)
                }
            }
        }
        let named = Set(theme.listed.flatMap { [$0.organisationID] + $0.partnerIDs })
        for id in theme.printedNames.keys.sorted() where !named.contains(id) {
            diagnostics.error("printed_names names \"\(id)\", which is not listed in this theme's \(key)", at: theme.location)
        }
    }

    private func claim(_ slug: String, at location: SourceLocation, in slugs: inout [String: SourceLocation], _ diagnostics: inout Diagnostics) {
        if Self.reservedSlugs.contains(slug) {
            diagnostics.error("slug \"\(slug)\" is reserved for a generated page", at: location, hint: "rename the file or set \"slug\"")
        } else if let first = slugs[slug] {
            diagnostics.error("slug \"\(slug)\" is also used by \(first.path)", at: location)
        } else {
            slugs[slug] = location
        }
    }

    private func checkRecords(_ set: RecordSet, _ diagnostics: inout Diagnostics) {
        let measures = Set(report.settings.surveyMeasures.map(\.id))
        let measureList = report.settings.surveyMeasures.map(\.id)
        // Each field's value is looked up once per record (hashing field names was most of this check), and the
        // ids already seen are kept per field by its place in the schema.
        let fields = set.schema.fields.map(FieldCheck.init)
        var firstSeen = [[String: SourceLocation]](repeating: [:], count: fields.count)
        let themeField = set.schema.themeField?.name
        for record in set.records {
            for index in fields.indices {
                let field = fields[index]
                guard let value = record.fields[field.name] else { continue }
                // A single id is read as it is, without making a list of one.
                var single: String?, items: [String] = []
                switch value.value {
                case .ids(let ids): items = ids
                case .text(let text): single = text
                default: break
                }
                if field.isList, Self.repeats(items) {
                    diagnostics.error("\"\(field.name)\" lists the same id twice", at: value.location)
                }
                if field.refersToThemes || field.refersToOrganisations {
                    let check = { (id: String, place: SourceLocation, diagnostics: inout Diagnostics) in
                        if field.refersToThemes { self.theme(id, at: place, &diagnostics) }
                        if field.refersToOrganisations {
                            self.organisation(id, at: place, inPopulation: field.inPopulation, &diagnostics)
                        }
                    }
                    if let single {
                        check(single, value.itemLocations.first ?? value.location, &diagnostics)
                    } else if value.itemLocations.isEmpty {
                        for id in items.prefix(1) { check(id, value.location, &diagnostics) }
                    } else {
                        for (id, place) in zip(items, value.itemLocations) { check(id, place, &diagnostics) }
                    }
                }
                if field.listedInTheme, let themeField, case .text(let id) = value.value {
                    let slug = record.ids(themeField).first ?? ""
                    if themeSlugs.contains(slug), register[id] != nil, !listings.excuses(slug), !listings.lists(id, in: slug) {
                        diagnostics.error("\"\(id)\" is not listed in theme \"\(slug)\"'s \(report.model.listing?.key ?? "listing")",
                                          at: value.location)
                    }
                }
                if let other = field.differsFrom, let otherValue = record.fields.value(other), otherValue == value.value {
                    diagnostics.error("\"\(field.name)\" cannot be the same as \"\(other)\"", at: value.location)
                }
                if field.isKey, let key = single ?? items.first ?? value.value.comparable.first {
                    if let first = firstSeen[index][key] {
                        diagnostics.error("duplicate \(field.name) \"\(key)\" in \(set.schema.name) (first at \(first))", at: value.location)
                    } else {
                        firstSeen[index][key] = value.location
                    }
                }
                if case .measures(let given) = value.value {
                    for measure in given where !measures.contains(measure.id) {
                        diagnostics.error("unknown survey measure \"\(measure.id)\"", at: value.location,
                                          hint: Suggestion.didYouMean(measure.id, among: measureList) ?? "declare it in report.yaml's survey_measures")
                    }
                }
            }
        }
    }

    /// What the check reads of a field's declaration, worked out once for a set rather than copied out of the
    /// schema for each of its records (5,430 copies in the default report).
    private struct FieldCheck {
        let name: String
        let isList, refersToThemes, refersToOrganisations, inPopulation, listedInTheme: Bool
        /// No two records may share the field's value: declared `unique`, or an id.
        let isKey: Bool
        let differsFrom: String?

        init(_ field: FieldSchema) {
            name = field.name
            let type = field.type
            (isList, refersToThemes, refersToOrganisations) = (type.isList, type.refersToThemes, type.refersToOrganisations)
            (inPopulation, listedInTheme) = (field.inPopulation, field.listedInTheme)
            isKey = field.unique || field.type == .id
            differsFrom = field.differsFrom
        }
    }

    /// Whether a list names an id twice: short lists (almost all) are compared pairwise, without building a set.
    static func repeats(_ items: [String]) -> Bool {
        guard items.count > 1 else { return false }
        var distinct = 0
        items.forEachDistinct { _ in distinct += 1 }
        return distinct != items.count
    }
}
