/// Every figure of a build, looked up by name, kept in a stable order for output.
public struct FigureTable: Sendable {
    public private(set) var ordered: [Figure] = []
    /// Names of declared figures left uncomputed because their declaration has an error (already reported).
    public var withheld: Set<String> = []
    /// The previous edition's name, when the report compares with one.
    public var previousEdition: String?
    /// Figures of the previous edition this one no longer has.
    public var disappeared: [PreviousFigure] = []
    private var index: [String: Int] = [:]

    public init() {}

    public mutating func add(_ figure: Figure) {
        if let existing = index[figure.name] {
            ordered[existing] = figure
        } else {
            index[figure.name] = ordered.count
            ordered.append(figure)
        }
    }

    /// Lets go of the room the list grew into (up to as much again as it holds: 17 MB at 77,000 figures), which
    /// would otherwise stay allocated while every page renders.
    mutating func trimCapacity() {
        guard ordered.capacity > ordered.count + ordered.count / 8 else { return }
        var exact: [Figure] = []
        exact.reserveCapacity(ordered.count)
        exact.append(contentsOf: ordered)
        ordered = exact
    }

    public subscript(name: String) -> Figure? {
        index[name].map { ordered[$0] }
    }

    public var names: [String] { ordered.map(\.name) }
    public var count: Int { ordered.count }
}
