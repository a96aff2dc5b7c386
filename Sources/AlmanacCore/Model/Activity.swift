/// One entry of the activity log: a contact between a Beacon and a learning authority.
public struct Activity: Sendable {
    /// What happened; only some kinds count as interactions.
    public enum Kind: String, CaseIterable, Sendable {
        case oneToOne = "one-to-one"
        case visit
        case peerProject = "peer-project"
        case eventAttendance = "event-attendance"
    }

    public var date: PartialDate
    public var beaconID: String
    public var learnerID: String
    public var themeSlug: String
    public var kind: Kind
    public var location: SourceLocation
    public var beaconLocation: SourceLocation
    public var learnerLocation: SourceLocation
    public var themeLocation: SourceLocation
}

/// Applications received for one theme.
public struct ApplicationCount: Sendable {
    public var themeSlug: String
    public var applications: Int
    public var location: SourceLocation
}
