/// Everything read from `content/`, checked and cross-referenced: the input of aggregation.
public struct ParsedReport: Sendable {
    public var settings: ReportSettings
    public var authorities: [Authority]
    public var themes: [Theme]
    public var pages: [FreePage]
    public var events: [LearningEvent]
    public var activities: [Activity]
    public var applications: [ApplicationCount]?

    /// Register lookup by id.
    public var authorityByID: [String: Authority] {
        Dictionary(authorities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Ids of authorities in the population.
    public var populationIDs: Set<String> {
        let kinds = Set(settings.population.kinds)
        return Set(authorities.filter { kinds.contains($0.kind) }.map(\.id))
    }
}
