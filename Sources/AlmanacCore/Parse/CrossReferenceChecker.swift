/// Checks that every id a record or theme names exists, and that ids, slugs and orders are unique.
struct CrossReferenceChecker {
    let report: ParsedReport
    private let register: [String: Authority]
    private let population: Set<String>
    private let themeSlugs: Set<String>

    /// Slugs the generator itself uses for pages; content may not take them.
    static let reservedSlugs: Set<String> = ["index", "print", "figures", "accessibility", "data", "assets"]

    /// Award holders by theme slug, and per theme with an unknown award id the activity entries waiting on it.
    private let holders: [String: Set<String>]
    private let waitingOnUnknownAwards: [String: Int]
    private let authoritySuggestions = SuggestionMemo(), themeSuggestions = SuggestionMemo()
    private let brokenThemes: Set<String>
    private let brokenAuthorities: Set<String>

    init(report: ParsedReport, brokenThemes: Set<String> = [], brokenAuthorities: Set<String> = []) {
        self.report = report
        self.brokenThemes = brokenThemes
        self.brokenAuthorities = brokenAuthorities
        register = report.authorityByID
        population = report.populationIDs
        themeSlugs = Set(report.themes.map(\.slug))
        holders = Self.holdersByTheme(report)
        waitingOnUnknownAwards = Self.activitiesWaitingOnUnknownAwards(report, register: register, holders: holders)
    }

    func check(diagnostics: inout Diagnostics) {
        checkThemesAndPages(&diagnostics)
        checkEvents(&diagnostics)
        checkActivities(&diagnostics)
        checkApplications(&diagnostics)
        if let declared = report.settings.population.declaredSize, declared != population.count, !population.isEmpty {
            diagnostics.warning(
                "population \"\(report.settings.population.name)\" is declared as \(declared) in report.yaml but the register holds \(population.count) authorities of the listed types",
                at: report.settings.population.location)
        }
        if population.isEmpty && !register.isEmpty {
            let listed = report.settings.population.kinds.map(\.rawValue).joined(separator: ", ")
            let present = Set(register.values.map(\.kind.rawValue)).sorted().joined(separator: ", ")
            diagnostics.error("population \"\(report.settings.population.name)\" matches no authority in the register "
                              + "(types listed: \(listed)), so every share of it would be 0 of 0",
                              at: report.settings.population.location,
                              hint: "list types the register uses: \(present)")
        }
        let measures = report.settings.surveyMeasures.map(\.id)
        if Set(measures).count != measures.count {
            diagnostics.error("survey_measures lists an id twice", at: report.settings.location)
        }
    }

    private func authority(_ id: String, at location: SourceLocation, inPopulation: Bool, followOns: Int = 0,
                           _ diagnostics: inout Diagnostics) {
        guard let entry = register[id] else {
            if brokenAuthorities.contains(id) { return }
            var hint = authoritySuggestions.didYouMean(id, among: register.keys) ?? "add it to authorities.yaml"
            if followOns > 0 {
                hint += " Until then, \(followOns) activity-log entr\(followOns == 1 ? "y" : "ies") of this theme "
                    + "that name\(followOns == 1 ? "s" : "") an authority without an award here \(followOns == 1 ? "is" : "are") not listed separately"
            }
            diagnostics.error("unknown authority id \"\(id)\"", at: location, hint: hint)
            return
        }
        // An empty population is reported once, at report.yaml, not at every learner.
        if inPopulation && !population.isEmpty && !population.contains(id) {
            diagnostics.error("\"\(id)\" (\(entry.name)) is a \(entry.kind.rawValue) body, not one of the population's authority types",
                              at: location)
        }
    }

    private func theme(_ slug: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
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
            var firstUnknownAward = true
            if let first = orders[theme.order] {
                diagnostics.error("theme order \(theme.order) is also used by \(first.path)", at: theme.location)
            }
            orders[theme.order] = theme.location
            var awarded: Set<String> = []
            for award in theme.beacons {
                // The theme's follow-on count goes with its first unknown award: the cause, listed once.
                let isUnknown = register[award.authorityID] == nil
                authority(award.authorityID, at: award.location, inPopulation: false,
                          followOns: isUnknown && firstUnknownAward ? waitingOnUnknownAwards[theme.slug, default: 0] : 0, &diagnostics)
                if isUnknown { firstUnknownAward = false }
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

    /// Award holders (lead and partners) by theme slug.
    private static func holdersByTheme(_ report: ParsedReport) -> [String: Set<String>] {
        Dictionary(grouping: report.themes.flatMap { theme in
            theme.beacons.flatMap { [$0.authorityID] + $0.partnerIDs }.map { (theme.slug, $0) }
        }, by: \.0).mapValues { Set($0.map(\.1)) }
    }

    /// Themes whose award list names an unknown authority: one mistyped award id would otherwise make every
    /// activity of that award's holder an error of its own. Per such theme, how many activity entries wait on it.
    private static func activitiesWaitingOnUnknownAwards(_ report: ParsedReport, register: [String: Authority],
                                                         holders: [String: Set<String>]) -> [String: Int] {
        let suspect = Set(report.themes.filter { theme in
            theme.beacons.contains { award in ([award.authorityID] + award.partnerIDs).contains { register[$0] == nil } }
        }.map(\.slug))
        guard !suspect.isEmpty else { return [:] }
        var counts: [String: Int] = [:]
        for activity in report.activities where suspect.contains(activity.themeSlug) && register[activity.beaconID] != nil
            && holders[activity.themeSlug]?.contains(activity.beaconID) != true {
            counts[activity.themeSlug, default: 0] += 1
        }
        return counts
    }

    private func checkActivities(_ diagnostics: inout Diagnostics) {
        for activity in report.activities {
            theme(activity.themeSlug, at: activity.themeLocation, &diagnostics)
            authority(activity.beaconID, at: activity.beaconLocation, inPopulation: false, &diagnostics)
            authority(activity.learnerID, at: activity.learnerLocation, inPopulation: true, &diagnostics)
            if themeSlugs.contains(activity.themeSlug), register[activity.beaconID] != nil, waitingOnUnknownAwards[activity.themeSlug] == nil,
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
