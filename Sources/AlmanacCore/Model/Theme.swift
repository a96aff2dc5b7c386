/// One theme write-up: its front matter, the organisations it lists and its Markdown body.
public struct Theme: Sendable {
    public var slug: String
    public var title: String
    public var order: Int
    public var summary: String
    /// The entries of the front-matter list `model.yaml` names (`listing.key`), in file order.
    public var listed: [ListedEntry]
    public var printedNames: [String: String]
    public var body: MarkdownSource
    public var location: SourceLocation
}

/// One entry of a theme's list: a listed organisation, with partners when it was a joint entry.
public struct ListedEntry: Sendable {
    public var organisationID: String
    public var partnerIDs: [String]
    /// Register flags the entry repeats (checked to agree), by field name.
    public var flags: [String: Bool]
    public var location: SourceLocation
    public var partnerLocations: [SourceLocation]

    public var isJoint: Bool { !partnerIDs.isEmpty }
}

/// Markdown text with the place it starts in its file, so cmark positions map back to file lines.
public struct MarkdownSource: Sendable {
    public var text: String
    public var path: String
    /// Line number in the file of the body's first line.
    public var firstLine: Int

    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }
}
