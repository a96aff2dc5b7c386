/// The aggregate stage: computes every figure from the records. Pure: no disk, no clock.
public enum FigureCalculator {
    public static func compute(_ report: ParsedReport, diagnostics: inout Diagnostics) -> FigureTable {
        var table = FigureTable()
        let population = report.populationIDs
        let populationName = report.settings.population.name
        let events = report.events
        let activities = report.activities
        let register = report.authorityByID

        func percent(_ name: String, _ ids: Set<String>, rule: String, source: String) -> Figure {
            let distinct = ids.intersection(population).count
            return Figure(name: name, value: Percentage.roundedHalfUp(distinct, of: population.count), unit: .percent,
                          rule: "\(rule): \(distinct) of \(population.count) \(populationName), rounded half up", source: source)
        }
        func count(_ name: String, _ value: Int, rule: String, source: String) -> Figure {
            Figure(name: name, value: value, unit: .count, rule: rule, source: source)
        }
        let eventsFile = "records/events.yaml", activityFile = "records/activities.yaml"

        // Round at a glance.
        if let applications = report.applications {
            table.add(count("round.applications", applications.reduce(0) { $0 + $1.applications },
                            rule: "sum of applications over all themes", source: "records/applications.yaml"))
        }
        table.add(count("round.themes", report.themes.count, rule: "number of theme write-ups", source: "themes/"))
        let awards = report.themes.flatMap(\.beacons)
        table.add(count("round.beacons", awards.count, rule: "Beacon awards (theme and lead authority) over all themes",
                        source: "themes/ front matter"))
        table.add(count("round.rural_awards", awards.filter { register[$0.authorityID]?.rural == true }.count,
                        rule: "awards whose lead authority is rural in the register", source: "themes/ front matter, authorities.yaml"))
        let interactionKinds: Set<Activity.Kind> = [.oneToOne, .visit, .peerProject]
        table.add(count("round.interactions", activities.filter { interactionKinds.contains($0.kind) }.count,
                        rule: "activity-log entries of kind one-to-one, visit or peer-project", source: activityFile))
        table.add(count("round.peer_projects", activities.filter { $0.kind == .peerProject }.count,
                        rule: "activity-log entries of kind peer-project", source: activityFile))
        table.add(percent("round.pct_one_to_one", Set(activities.filter { $0.kind == .oneToOne }.map(\.learnerID)),
                          rule: "distinct learners with a one-to-one entry", source: activityFile))
        let attendedAny = Set(events.flatMap { $0.authorityIDs ?? [] })
            .union(activities.filter { $0.kind == .eventAttendance }.map(\.learnerID))
        table.add(percent("round.pct_attended_event", attendedAny,
                          rule: "distinct authorities in any event's attendance list or with an event-attendance entry",
                          source: "\(eventsFile), \(activityFile)"))
        table.add(count("round.events", events.count, rule: "learning events, each counted once", source: eventsFile))
        table.add(count("round.delegates", events.reduce(0) { $0 + ($1.delegates ?? 0) },
                        rule: "sum of delegates over events, each event counted once", source: eventsFile))

        // Theme at a glance.
        let applicationsByTheme = Dictionary((report.applications ?? []).map { ($0.themeSlug, $0.applications) },
                                             uniquingKeysWith: +)
        let activitiesByTheme = Dictionary(grouping: activities, by: \.themeSlug)
        for theme in report.themes {
            let prefix = "theme.\(theme.slug)."
            let themeEvents = report.eventsByTheme[theme.slug] ?? []
            let themeActivities = activitiesByTheme[theme.slug] ?? []
            let attended = Set(themeEvents.flatMap { $0.authorityIDs ?? [] })
                .union(themeActivities.filter { $0.kind == .eventAttendance }.map(\.learnerID))
            table.add(percent(prefix + "pct_attended", attended,
                              rule: "distinct authorities in the attendance lists of the theme's events or with an event-attendance entry for the theme",
                              source: "\(eventsFile), \(activityFile)"))
            table.add(count(prefix + "peer_projects", themeActivities.filter { $0.kind == .peerProject }.count,
                            rule: "peer-project entries for the theme", source: activityFile))
            table.add(count(prefix + "one_to_one", themeActivities.filter { $0.kind == .oneToOne }.count,
                            rule: "one-to-one entries for the theme", source: activityFile))
            table.add(count(prefix + "beacons", theme.beacons.count, rule: "Beacon awards in the theme", source: "themes/ front matter"))
            if report.applications != nil {
                table.add(count(prefix + "applications", applicationsByTheme[theme.slug] ?? 0,
                                rule: "applications for the theme", source: "records/applications.yaml"))
            }
            table.add(count(prefix + "events", themeEvents.count, rule: "events listing the theme", source: eventsFile))
            table.add(count(prefix + "delegates", themeEvents.reduce(0) { $0 + ($1.delegates ?? 0) },
                            rule: "sum of delegates over the theme's events", source: eventsFile))
            table.add(count(prefix + "authorities_represented", themeEvents.reduce(0) { $0 + ($1.authoritiesRepresented ?? 0) },
                            rule: "sum over the theme's events of the authorities represented at each", source: eventsFile))
        }

        // Event highlights.
        for event in events {
            let prefix = "event.\(event.id)."
            if let delegates = event.delegates {
                table.add(count(prefix + "delegates", delegates, rule: "delegates recorded for the event", source: eventsFile))
            }
            if let participants = event.participants {
                table.add(count(prefix + "participants", participants, rule: "participants recorded for the event", source: eventsFile))
            }
            if let represented = event.authoritiesRepresented {
                let rule = event.authorityIDs != nil ? "length of the event's attendance list" : "authorities count declared for the event"
                table.add(count(prefix + "authorities_represented", represented, rule: rule, source: eventsFile))
            }
            for entry in event.survey {
                table.add(Figure(name: prefix + "survey.\(entry.measure)", value: entry.percent, unit: .percent,
                                 rule: "percentage reported by the event's delegate survey", source: eventsFile))
            }
        }
        DeclaredFigureComparison.apply(report.settings.declared, to: &table, diagnostics: &diagnostics)
        return table
    }
}
