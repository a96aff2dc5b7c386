/// How a figure's value reads on a page: grouped digits, a percent sign, and "over" or "around" when the
/// record says the count is a minimum or an estimate.
enum FigureWording {
    static func value(_ figure: Figure) -> String {
        switch figure.precision {
        case .exact: return figure.formatted
        case .atLeast: return "over " + figure.formatted
        case .about: return "around " + figure.formatted
        }
    }

    /// The label form for the figure's value ("1 event", "2 events"), by English plural rules.
    static func label(_ label: PluralText, for value: Int) -> String {
        label.form(value == 1 ? "one" : "other")
    }
}
