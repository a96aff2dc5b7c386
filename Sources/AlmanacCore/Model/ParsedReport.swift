/// Everything read from `content/`, checked and cross-referenced: the input of aggregation.
public struct ParsedReport: Sendable {
    public let settings: ReportSettings
    public let model: ReportModel
    /// The declarations that passed their checks (see `withheldFigures` for the rest).
    public internal(set) var declarations: FigureDeclarations
    /// Full names of declared figures withheld because their declaration has an error (already reported), so
    /// references to them are not reported again.
    public internal(set) var withheldFigures: Set<String> = []
    public let organisations: [Organisation]
    public let themes: [Theme]
    public let pages: [FreePage]
    /// Every declared record set in model order, present or not.
    public let recordSets: [RecordSet]
    /// Register lookup by id, built once: every stage after parsing needs it.
    public let organisationByID: [String: Organisation]
    /// Ids of organisations in the population, built once.
    public let populationIDs: Set<String>
    /// The event set's records (empty when none is declared).
    public let events: [Record]
    /// Each theme's events in file order (an event listing a theme twice appears once), built once.
    public let eventsByTheme: [String: [Record]]
    /// Themes by slug, built once.
    public let themeBySlug: [String: Theme]
    /// Images published with the pages, at the paths the Markdown names them by.
    public let images: [AssetFile]
    /// `ContentKey.value` of the files this report was read from, when a preview's parse worked it out.
    var contentKey: Int?

    public init(settings: ReportSettings, model: ReportModel, declarations: FigureDeclarations, organisations: [Organisation],
                themes: [Theme], pages: [FreePage], recordSets: [RecordSet], images: [AssetFile] = []) {
        self.images = images
        self.settings = settings
        self.model = model
        self.declarations = declarations
        self.organisations = organisations
        self.themes = themes
        self.pages = pages
        self.recordSets = recordSets
        organisationByID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let types = Set(settings.population.types)
        populationIDs = Set(organisations.filter { $0.text("type").map(types.contains) ?? false }.map(\.id))
        events = recordSets.first { $0.schema.isEvents }?.records ?? []
        var eventsByTheme: [String: [Record]] = [:]
        for event in events {
            event.forEachDistinctID("themes") { eventsByTheme[$0, default: []].append(event) }
        }
        self.eventsByTheme = eventsByTheme
        themeBySlug = Dictionary(themes.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Leaves out the declarations at `indices` (whose errors were reported), remembering every name they give.
    mutating func withhold(figuresAt indices: Set<Int>) {
        guard !indices.isEmpty else { return }
        for index in indices.sorted() {
            let declaration = declarations.figures[index]
            switch declaration.grouping {
            case nil: withheldFigures.insert(declaration.name)
            case .theme?: withheldFigures.formUnion(themes.map { declaration.fullName(group: $0.slug) })
            case .event?: withheldFigures.formUnion(events.compactMap { $0.text("id") }.map { declaration.fullName(group: $0) })
            }
        }
        declarations.figures = declarations.figures.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
    }
}
