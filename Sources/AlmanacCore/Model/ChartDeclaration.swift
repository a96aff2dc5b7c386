/// A bar chart as `figures.yaml` declares it: which figures it plots and the words around it.
public struct ChartDeclaration: Sendable {
    /// Where the chart is drawn: on the cover, one bar per theme; or on each theme page, one bar per event.
    public enum Place: String, Sendable, CaseIterable {
        case cover, theme
    }

    public var id: String
    public var place: Place
    /// The name of a figure declared `per: theme` (cover) or `per: event` (theme pages).
    public var bars: String
    /// A full figure name shown as the table's total row, e.g. `round.delegates`.
    public var total: String?
    public var totalLabel: String?
    public var title: String
    /// The finding; `{most}`, `{most_value}`, `{least}`, `{least_value}`, `{total}` and `{count}` are filled in.
    public var finding: String
    /// The finding when every bar has the same value (`{value}` and `{count}` filled in).
    public var findingWhenEqual: String?
    /// A sentence added when some groups have no value, by plural form; `{missing}` is filled in.
    public var missing: PluralText?
    public var labelHeader: String
    public var valueHeader: String
    /// Fewer bars than this and the chart is left out (one bar compares nothing).
    public var minimumBars: Int
    public var location: SourceLocation
}
