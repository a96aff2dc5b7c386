/// Records `report.yaml` marks as illustrative (made up to stand in for data the source did not publish): a
/// whole record set, or some of its fields. Every figure computed from them carries the mark.
public struct IllustrativeRecords: Sendable {
    public var set: String
    /// The fields that are illustrative; empty means the whole set.
    public var fields: [String]
    /// The lists in `fields` have published lengths (how many attended is printed, who attended is not), so a
    /// sum of their lengths is not illustrative; a share or a filter using them still is.
    public var countsArePublished: Bool
    public var location: SourceLocation

    /// Whether a figure that reads `field` of `set` (nil: which records exist) depends on illustrative data;
    /// `asCount` when it only adds up a list's length.
    public func covers(set: String, field: String?, asCount: Bool = false) -> Bool {
        guard set == self.set else { return false }
        guard !fields.isEmpty else { return true }
        guard let field, fields.contains(field) else { return false }
        return !(asCount && countsArePublished)
    }
}
