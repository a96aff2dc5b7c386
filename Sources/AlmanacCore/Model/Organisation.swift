/// An entry in the register of organisations: the names records refer to and the denominator of shares.
public struct Organisation: Sendable, TypedFields {
    public var id: String
    public var name: String
    public var note: String?
    /// The register's declared fields (`region`, `type`, …).
    public var fields: RecordFields
    public var location: SourceLocation
}
