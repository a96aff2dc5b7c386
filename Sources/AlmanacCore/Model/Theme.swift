/// One theme write-up: its front matter, its Beacon awards and its Markdown body.
public struct Theme: Sendable {
    public var slug: String
    public var title: String
    public var order: Int
    public var summary: String
    public var beacons: [BeaconAward]
    public var printedNames: [String: String]
    public var body: MarkdownSource
    public var location: SourceLocation
}

/// A Beacon award in a theme: a lead authority, with partners when the bid was joint.
public struct BeaconAward: Sendable {
    public var authorityID: String
    public var partnerIDs: [String]
    public var declaredRural: Bool?
    public var location: SourceLocation
    public var partnerLocations: [SourceLocation]

    public var isJointBid: Bool { !partnerIDs.isEmpty }
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
