/// A page that is not a theme (Introduction, Spotlight on Impact, ...): title, order and Markdown.
public struct FreePage: Sendable {
    public var slug: String
    public var title: String
    public var order: Int
    public var summary: String?
    public var body: MarkdownSource
    public var location: SourceLocation
}
