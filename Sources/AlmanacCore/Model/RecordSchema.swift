/// What one declared field of a record may hold, so records are checked against content, not Swift.
public enum FieldType: Sendable, Equatable {
    case text, number, percent, date, flag, id
    /// A theme slug, or a list of them.
    case theme, themes
    /// An id from the register, or a list of them.
    case organisation, organisations
    /// One of a declared list of words.
    case choice([String])
    /// Declared measure ids (report.yaml's `survey_measures`) mapped to percentages.
    case measures

    /// The words `model.yaml` uses for each type, for parsing and for messages.
    static let names: [String] = ["text", "number", "percent", "date", "flag", "id", "theme", "themes",
                                  "organisation", "organisations", "measures"]

    init?(name: String) {
        switch name {
        case "text": self = .text
        case "number": self = .number
        case "percent": self = .percent
        case "date": self = .date
        case "flag": self = .flag
        case "id": self = .id
        case "theme": self = .theme
        case "themes": self = .themes
        case "organisation": self = .organisation
        case "organisations": self = .organisations
        case "measures": self = .measures
        default: return nil
        }
    }

    var isList: Bool { self == .themes || self == .organisations }
    var refersToOrganisations: Bool { self == .organisation || self == .organisations }
    var refersToThemes: Bool { self == .theme || self == .themes }
}

/// One declared field of a record set: its type and the checks its values get.
public struct FieldSchema: Sendable {
    public var name: String
    public var type: FieldType
    public var optional: Bool
    /// Organisations named here must belong to the report's population.
    public var inPopulation: Bool = false
    /// The organisation named here must be listed in the record's theme (see `ListingSchema`).
    public var listedInTheme: Bool = false
    /// Another field of the same record whose value this one may not repeat.
    public var differsFrom: String?
    /// No two records may share this field's value.
    public var unique: Bool = false
    public var location: SourceLocation
}

/// A declared set of records (one YAML list file): its name, file and fields.
public struct RecordSchema: Sendable {
    public var name: String
    /// The file's path relative to the content folder, e.g. `records/activities.yaml`.
    public var path: String
    /// The file may be missing: figures counted from it are then not computed (a declared value stands in).
    public var isOptional: Bool
    /// The records are the report's events, shown as highlights on theme pages.
    public var isEvents: Bool
    public var fields: [FieldSchema]
    /// Groups of fields of which a record may give at most one.
    public var exclusive: [[String]]
    public var location: SourceLocation
    /// What readers call these records ("Activity log"), named as a figure's source on the pages.
    public var title: String?

    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }

    /// The field that places a record in one or more themes, if the set has one.
    public var themeField: FieldSchema? { fields.first { $0.type.refersToThemes } }
}
