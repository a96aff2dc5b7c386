/// Who publishes the report and how to reach them, as the back cover gives it; the accessibility statement's
/// feedback section uses it too.
public struct Contact: Sendable {
    /// Defaults to the report's publisher.
    public var name: String?
    public var address: [String]
    public var telephone: String?
    public var email: String?
    public var web: String?
}
