/// Everything read from `content/`, checked and cross-referenced: the input of aggregation.
public struct ParsedReport: Sendable {
    public let settings: ReportSettings
    public let authorities: [Authority]
    public let themes: [Theme]
    public let pages: [FreePage]
    public let events: [LearningEvent]
    public let activities: [Activity]
    public let applications: [ApplicationCount]?
    /// Register lookup by id, built once: every stage after parsing needs it.
    public let authorityByID: [String: Authority]
    /// Ids of authorities in the population, built once.
    public let populationIDs: Set<String>
    /// Each theme's events in file order (an event listing a theme twice appears once), built once.
    public let eventsByTheme: [String: [LearningEvent]]
    /// Themes by slug, built once.
    public let themeBySlug: [String: Theme]

    public init(settings: ReportSettings, authorities: [Authority], themes: [Theme], pages: [FreePage],
                events: [LearningEvent], activities: [Activity], applications: [ApplicationCount]?) {
        self.settings = settings
        self.authorities = authorities
        self.themes = themes
        self.pages = pages
        self.events = events
        self.activities = activities
        self.applications = applications
        authorityByID = Dictionary(authorities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Set(settings.population.kinds)
        populationIDs = Set(authorities.filter { kinds.contains($0.kind) }.map(\.id))
        var eventsByTheme: [String: [LearningEvent]] = [:]
        for event in events {
            for slug in Set(event.themeSlugs) { eventsByTheme[slug, default: []].append(event) }
        }
        self.eventsByTheme = eventsByTheme
        themeBySlug = Dictionary(themes.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
