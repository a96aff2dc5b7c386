/// The edition before this one, as a published `figures.json` gives it: each figure's value and the definition of
/// its rule, so this edition's figures can be compared with the same figures last time, and only with them.
public struct PreviousEdition: Sendable {
    /// The previous edition's name, e.g. "Round 8", as its `figures.json` gives it.
    public var edition: String
    public var figures: [PreviousFigure]
    /// Where `previous:` is written in report.yaml.
    public var location: SourceLocation
}

/// One figure of the previous edition.
public struct PreviousFigure: Sendable, Equatable {
    public var name: String
    public var value: Int
    public var unit: Figure.Unit
    /// The rule's definition (`FigureRule.definition`), or nil in a file written before definitions were exported.
    public var definition: String?
    /// The rule in words, as the file gives it.
    public var rule: String
    public var label: String?
}

/// A figure's value in the previous edition and how it changed: a signed difference for counts, percentage
/// points for percentages; not compared when the rule that computes it changed.
public struct PreviousValue: Sendable, Equatable {
    public var edition: String
    public var value: Int
    /// Counted the same way in both editions.
    public var comparable: Bool
    /// The previous edition's rule in words, shown when it is not comparable.
    public var rule: String

    /// This value minus the previous one (in points for percentages), when comparable.
    public func change(from current: Int) -> Int? { comparable ? current - value : nil }
}
