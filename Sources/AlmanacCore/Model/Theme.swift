/// One theme write-up: its front matter, the organisations it lists and its Markdown body.
/// A class, never changed once parsed: a preview's rebuild hands 2,000 themes from the parse memo through the report,
/// its indexes and the page plans, and each copy of a struct of ten references was ten retains.
public final class Theme: Sendable {
    public let slug: String
    public let title: String
    public let order: Int
    public let summary: String
    /// The entries of the front-matter list `model.yaml` names (`listing.key`), in file order.
    public let listed: [ListedEntry]
    public let printedNames: [String: String]
    public let body: MarkdownSource
    public let location: SourceLocation

    public init(slug: String, title: String, order: Int, summary: String, listed: [ListedEntry], printedNames: [String: String],
                body: MarkdownSource, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.order = order
        self.summary = summary
        self.listed = listed
        self.printedNames = printedNames
        self.body = body
        self.location = location
    }
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
    /// The Markdown where it lies in its file's text: a page's body is not copied out of the file, so a report's
    /// text is held once (the copies were 52 MB beside the 54 MB of files they were cut from, at 10,000 pages).
    public var slice: Substring
    public var path: String
    /// Line number in the file of the body's first line.
    public var firstLine: Int

    /// The Markdown as a text of its own: a copy, unless the source is a whole text.
    public var text: String { String(slice) }

    public init(text: String, path: String, firstLine: Int) {
        self.init(slice: text[...], path: path, firstLine: firstLine)
    }

    public init(slice: Substring, path: String, firstLine: Int) {
        self.slice = slice
        self.path = path
        self.firstLine = firstLine
    }
}
