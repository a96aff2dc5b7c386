/// One line of an "at a glance" box as `figures.yaml` declares it: a figure, and the words that follow its value.
public struct FigureBoxItem: Sendable, Equatable {
    /// The boxes a report can declare, each a list of items in reading order.
    public enum Box: String, Sendable, CaseIterable {
        /// The cover's headline figures: full figure names.
        case headlines
        /// Each theme page's box: names of figures declared per theme.
        case themeGlance = "theme_glance"
        /// The figures on each theme's card in the contents: names of figures declared per theme.
        case themeCard = "theme_card"

        /// Whether the box names figures declared per theme (by their last part) rather than whole.
        public var perTheme: Bool { self != .headlines }
    }

    public var figure: String
    /// The words after the value, by the value's plural form. `{NAME}` gives another figure's value (in a theme
    /// box, `{theme.NAME}` is this theme's), `{NAME:label}` its label, `{population}` the population's name.
    public var text: PluralText
    public var location: SourceLocation
}
