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
        let measures = report.settings.surveyMeasures.map(\.id)
        var firstSeen: [String: [String: SourceLocation]] = [:]
        let themeField = set.schema.themeField?.name
        for record in set.records {
            for field in set.schema.fields {
                guard let value = record.fields[field.name] else { continue }
                let items = record.ids(field.name)
                let places = value.itemLocations.isEmpty ? [value.location] : value.itemLocations
                if field.type.isList, Set(items).count != items.count {
                    diagnostics.error("\"\(field.name)\" lists the same id twice", at: value.location)
                }
                if field.type.refersToThemes {
                    for (slug, place) in zip(items, places) { theme(slug, at: place, &diagnostics) }
                }
                if field.type.refersToOrganisations {
                    for (id, place) in zip(items, places) {
                        organisation(id, at: place, inPopulation: field.inPopulation, &diagnostics)
                    }
                }
                if field.listedInTheme, let themeField, let id = record.text(field.name) {
                    let slug = record.ids(themeField).first ?? ""
                    if themeSlugs.contains(slug), register[id] != nil, !listings.excuses(slug), !listings.lists(id, in: slug) {
                        diagnostics.error("\"\(id)\" is not listed in theme \"\(slug)\"'s \(report.model.listing?.key ?? "listing")",
                                          at: value.location)
                    }
                }
                if let other = field.differsFrom, let otherValue = record.fields[other]?.value, otherValue == value.value {
                    diagnostics.error("\"\(field.name)\" cannot be the same as \"\(other)\"", at: value.location)
                }
                if field.unique || field.type == .id, let key = value.value.comparable.first {
                    if let first = firstSeen[field.name]?[key] {
                        diagnostics.error("duplicate \(field.name) \"\(key)\" in \(set.schema.name) (first at \(first))", at: value.location)
                    } else {
                        firstSeen[field.name, default: [:]][key] = value.location
                    }
                }
                for measure in record.measures(field.name) where !measures.contains(measure.id) {
                    diagnostics.error("unknown survey measure \"\(measure.id)\"", at: value.location,
                                      hint: Suggestion.didYouMean(measure.id, among: measures) ?? "declare it in report.yaml's survey_measures")
                }
            }
        }
    }
}
