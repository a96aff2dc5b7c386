/// The report's model as `model.yaml` declares it: the register, what each theme lists and the record sets.
public struct ReportModel: Sendable {
    public var register: RegisterSchema
    public var listing: ListingSchema?
    public var recordSets: [RecordSchema]
    public var location: SourceLocation

    public func recordSet(_ name: String) -> RecordSchema? { recordSets.first { $0.name == name } }

    /// The set whose records are the report's events, if one is declared.
    public var eventSet: RecordSchema? { recordSets.first(where: \.isEvents) }
}

/// The register of organisations every record's organisation ids come from, and its declared fields.
public struct RegisterSchema: Sendable {
    /// The file's path relative to the content folder.
    public var path: String
    /// Fields beyond `id`, `name` and `note`, e.g. `region`, `type`, `rural`.
    public var fields: [FieldSchema]
    public var location: SourceLocation
    /// What readers call the register, named as a figure's source on the pages.
    public var title: String?

    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }
}

/// What each theme's front matter lists (award holders, partners, projects…), named by the report.
public struct ListingSchema: Sendable {
    /// The front-matter key, e.g. `awards`; also the record set name figures count.
    public var key: String
    /// The entry field naming the listed organisation.
    public var organisationField: String
    /// The entry field listing partner organisations, if entries may have partners.
    public var partnersField: String?
    /// Flag fields an entry may repeat from the register, checked to agree with it.
    public var checkedFlags: [String]
    public var location: SourceLocation
    /// What readers call the lists, named as a figure's source on the pages.
    public var title: String?
}
