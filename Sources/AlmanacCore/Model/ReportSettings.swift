/// What `report.yaml` says about the report as a whole: its identity, population and declared figures.
public struct ReportSettings: Sendable {
    public var title: String
    public var edition: String
    public var period: String
    public var publisher: String
    public var strapline: String?
    public var statisticsSource: String
    public var dataNote: String?
    public var population: Population
    /// Survey measure id to the sentence that follows a percentage, in file order.
    public var surveyMeasures: [(id: String, label: String)]
    public var declared: [DeclaredFigure]
    /// BCP 47 tag of the report's language; its strings file is `templates/strings/<language>.yaml`.
    public var language: String
    /// Where `language:` is written, or nil when the report uses the default.
    public var languageLocation: SourceLocation?
    public var location: SourceLocation
    /// Records made up to stand in for unpublished data; figures from them are marked.
    public var illustrative: [IllustrativeRecords] = []
    public var contact: Contact?
    /// Image and other credits, as the back cover prints them.
    public var credits: [String] = []
    /// The previous edition's `figures.json`, a path inside the content folder, and where it is written.
    public var previous: (path: String, location: SourceLocation)?
    /// In a site of several editions, the previous edition's folder (`previous: ../2023`), and where it is written.
    public var previousSibling: (slug: String, location: SourceLocation)?
    /// Where the site is published (`site_url:`), ending with `/`; nil when not given (no sitemap, canonical or Open Graph).
    public var siteURL: String?
}

/// The organisations shares are taken of: the register entries whose `type` is listed.
public struct Population: Sendable {
    public var name: String
    public var types: [String]
    public var source: String
    public var asOf: PartialDate
    public var declaredSize: Int?
    public var location: SourceLocation
}

/// A figure stated by an outside source, compared against the computed one.
public struct DeclaredFigure: Sendable {
    public var name: String
    public var value: Int
    public var source: String
    /// What readers should know about the source's figure (why it differs, how it was printed).
    public var note: String?
    public var location: SourceLocation
}
