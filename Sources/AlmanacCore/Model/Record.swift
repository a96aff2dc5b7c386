/// One record of a declared set: its fields by name, each value typed and located.
public struct Record: Sendable, TypedFields {
    public var fields: RecordFields
    public var location: SourceLocation

    public init(fields: RecordFields, location: SourceLocation) {
        self.fields = fields
        self.location = location
    }

}

/// A field's value and where it was written; list items keep their own places.
public struct RecordField: Sendable {
    public var value: RecordValue
    public var location: SourceLocation
    public var itemLocations: [SourceLocation] = []
}

/// The records of one declared set, and whether its file was there to read.
public struct RecordSet: Sendable {
    public var schema: RecordSchema
    public var records: [Record]
    /// False when an optional set's file is missing or had errors: figures from it are not computed.
    public var isComplete: Bool
}
