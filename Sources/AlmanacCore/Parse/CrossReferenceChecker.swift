/// Checks that every id a record or theme names exists, and that ids, slugs and orders are unique.
struct CrossReferenceChecker {
    let report: ParsedReport
    private let register: [String: Authority]
    private let population: Set<String>
    private let themeSlugs: Set<String>

    /// Slugs the generator itself uses for pages; content may not take them.
    static let reservedSlugs: Set<String> = ["index", "print", "figures", "accessibility", "data", "assets"]

    private let brokenThemes: Set<String>
    private let brokenAuthorities: Set<String>

    init(report: ParsedReport, brokenThemes: Set<String> = [], brokenAuthorities: Set<String> = []) {
        self.report = report
        self.brokenThemes = brokenThemes
        self.brokenAuthorities = brokenAuthorities
        register = report.authorityByID
        population = report.populationIDs
        themeSlugs = Set(report.themes.map(\.slug))
    }

    func check(diagnostics: inout Diagnostics) {
        checkThemesAndPages(&diagnostics)
        checkEvents(&diagnostics)
        checkActivities(&diagnostics)
        checkApplications(&diagnostics)
        if let declared = report.settings.population.declaredSize, declared != population.count {
            diagnostics.warning(
                "population \"\(report.settings.population.name)\" is declared as \(declared) in report.yaml but the register holds \(population.count) authorities of the listed types",
                at: report.settings.population.location)
        }
        let measures = report.settings.surveyMeasures.map(\.id)
        if Set(measures).count != measures.count {
            diagnostics.error("survey_measures lists an id twice", at: report.settings.location)
        }
    }

    private func authority(_ id: String, at location: SourceLocation, inPopulation: Bool, _ diagnostics: inout Diagnostics) {
        guard let entry = register[id] else {
            if brokenAuthorities.contains(id) { return }
            diagnostics.error("unknown authority id \"\(id)\"", at: location,
                              hint: Suggestion.didYouMean(id, among: register.keys) ?? "add it to authorities.yaml")
            return
        }
        if inPopulation && !population.contains(id) {
            diagnostics.error("\"\(id)\" (\(entry.name)) is a \(entry.kind.rawValue) body, not one of the population's authority types",
                              at: location)
        }
    }

    private func theme(_ slug: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        if !themeSlugs.contains(slug) && !brokenThemes.contains(slug) {
            diagnostics.error("unknown theme \"\(slug)\"", at: location,
                              hint: Suggestion.didYouMean(slug, among: themeSlugs) ?? "theme slugs come from content/themes/ file names")
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
            var awarded: Set<String> = []
            for award in theme.beacons {
                authority(award.authorityID, at: award.location, inPopulation: false, &diagnostics)
                if !awarded.insert(award.authorityID).inserted {
                    diagnostics.error("\"\(award.authorityID)\" holds two awards in this theme", at: award.location)
                }
                for (partner, location) in zip(award.partnerIDs, award.partnerLocations) {
                    authority(partner, at: location, inPopulation: false, &diagnostics)
                }
                if let declared = award.declaredRural, let entry = register[award.authorityID], declared != entry.rural {
                    diagnostics.error("award says rural: \(declared) but the register says rural: \(entry.rural) for \(entry.name)",
                                      at: award.location)
                }
            }
            let named = Set(theme.beacons.flatMap { [$0.authorityID] + $0.partnerIDs })
            for id in theme.printedNames.keys.sorted() where !named.contains(id) {
                diagnostics.error("printed_names names \"\(id)\", which holds no award in this theme", at: theme.location)
            }
        }
        for page in report.pages {
            claim(page.slug, at: page.location, in: &slugs, &diagnostics)
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

    private func checkEvents(_ diagnostics: inout Diagnostics) {
        var ids: [String: SourceLocation] = [:]
        let measures = report.settings.surveyMeasures.map(\.id)
        for event in report.events {
            if let first = ids[event.id] {
                diagnostics.error("duplicate event id \"\(event.id)\" (first at \(first))", at: event.location)
            }
            ids[event.id] = event.location
            for (slug, location) in zip(event.themeSlugs, event.themeLocations) {
                theme(slug, at: location, &diagnostics)
            }
            if Set(event.themeSlugs).count != event.themeSlugs.count {
                diagnostics.error("event lists a theme twice", at: event.location)
            }
            let attendees = event.authorityIDs ?? []
            if Set(attendees).count != attendees.count {
                diagnostics.error("event lists an authority twice", at: event.location)
            }
            for (id, location) in zip(attendees, event.authorityLocations) {
                authority(id, at: location, inPopulation: true, &diagnostics)
            }
            for entry in event.survey where !measures.contains(entry.measure) {
                diagnostics.error("unknown survey measure \"\(entry.measure)\"", at: event.surveyLocation,
                                  hint: Suggestion.didYouMean(entry.measure, among: measures) ?? "declare it in report.yaml's survey_measures")
            }
        }
    }

    private func checkActivities(_ diagnostics: inout Diagnostics) {
        let holders = Dictionary(grouping: report.themes.flatMap { theme in
            theme.beacons.flatMap { [$0.authorityID] + $0.partnerIDs }.map { (theme.slug, $0) }
        }, by: \.0).mapValues { Set($0.map(\.1)) }
        for activity in report.activities {
            theme(activity.themeSlug, at: activity.themeLocation, &diagnostics)
            authority(activity.beaconID, at: activity.beaconLocation, inPopulation: false, &diagnostics)
            authority(activity.learnerID, at: activity.learnerLocation, inPopulation: true, &diagnostics)
            if themeSlugs.contains(activity.themeSlug), register[activity.beaconID] != nil,
               holders[activity.themeSlug]?.contains(activity.beaconID) != true {
                diagnostics.error("\"\(activity.beaconID)\" holds no Beacon award in theme \"\(activity.themeSlug)\"",
                                  at: activity.beaconLocation)
            }
            if activity.beaconID == activity.learnerID {
                diagnostics.error("an activity's learner cannot be its own Beacon", at: activity.learnerLocation)
            }
        }
    }

    private func checkApplications(_ diagnostics: inout Diagnostics) {
        var seen: Set<String> = []
        for entry in report.applications ?? [] {
            theme(entry.themeSlug, at: entry.location, &diagnostics)
            if !seen.insert(entry.themeSlug).inserted {
                diagnostics.error("applications for theme \"\(entry.themeSlug)\" are listed twice", at: entry.location)
            }
        }
    }
}
