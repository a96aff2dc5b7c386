/// A learning event record: the source of event highlights and of attendance figures.
public struct LearningEvent: Sendable {
    /// How exact the event's counts are, so "over 100" is not printed as "100".
    public enum Precision: String, Sendable {
        case exact
        case atLeast = "at-least"
        case about
    }

    public var id: String
    public var title: String
    public var themeSlugs: [String]
    public var date: PartialDate?
    public var place: String?
    public var delegates: Int?
    public var participants: Int?
    public var precision: Precision
    public var authorityIDs: [String]?
    public var authoritiesCount: Int?
    /// Survey measure id to percentage, in file order.
    public var survey: [(measure: String, percent: Int)]
    public var note: String?
    public var location: SourceLocation
    public var themeLocations: [SourceLocation]
    public var authorityLocations: [SourceLocation]
    public var surveyLocation: SourceLocation

    /// Authorities represented: the length of the list, or the declared count.
    public var authoritiesRepresented: Int? {
        authorityIDs?.count ?? authoritiesCount
    }
}
