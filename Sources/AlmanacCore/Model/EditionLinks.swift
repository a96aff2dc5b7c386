/// The editions of a site of several, so each theme page can link to the same theme in the other editions.
public struct EditionLinks: Sendable {
    /// One edition: its folder, its name as readers know it, and the slugs of its themes.
    public struct Edition: Sendable {
        public var slug: String
        public var name: String
        public var themeSlugs: Set<String>
    }

    /// The edition being rendered.
    public var current: String
    /// Every edition, newest first.
    public var editions: [Edition]

    /// The other editions that have a theme with this slug, newest first.
    public func others(with themeSlug: String) -> [Edition] {
        editions.filter { $0.slug != current && $0.themeSlugs.contains(themeSlug) }
    }
}
