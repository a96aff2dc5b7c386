/// An entry in the register of authorities: the names records refer to and the denominator of percentages.
public struct Authority: Hashable, Sendable {
    /// The kinds of body the register knows; only some count in the population.
    public enum Kind: String, CaseIterable, Sendable {
        case county, district, metropolitan, unitary, london
        case fireAndRescue = "fire-and-rescue"
        case transport, other
    }

    public var id: String
    public var name: String
    public var region: String
    public var kind: Kind
    public var rural: Bool
    public var note: String?
    public var location: SourceLocation
}
