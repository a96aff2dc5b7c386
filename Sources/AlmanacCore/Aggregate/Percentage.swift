/// Whole-number percentages rounded half up, as the report prints them.
enum Percentage {
    /// `part` of `whole` as a percentage, rounded half up; 0 when the whole is empty.
    static func roundedHalfUp(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (200 * part + whole) / (2 * whole)
    }
}
