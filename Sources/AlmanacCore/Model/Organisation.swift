/// An entry in the register of organisations: the names records refer to and the denominator of shares.
public struct Organisation: Sendable {
    public var id: String
    public var name: String
    public var note: String?
    /// The register's declared fields (`region`, `type`, …).
    public var fields: [String: RecordField]
    public var location: SourceLocation

    public func text(_ field: String) -> String? {
        if case .text(let value)? = fields[field]?.value { return value }
        return nil
    }

    public func flag(_ field: String) -> Bool? {
        if case .flag(let value)? = fields[field]?.value { return value }
        return nil
    }
}
