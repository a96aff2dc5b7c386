/// How a scalar's text reads as a field's value, in one place for the two ways records are read: through Yams
/// nodes (`YAMLFields`, which words every problem) and straight from plain YAML (`PlainRecords`, which leaves any
/// problem to the first).
enum ScalarReading {
    /// Blank, or a plain null (`~`, `null`, `Null`, `NULL`): a field written with no value.
    static func isEmpty(_ text: String, plain: Bool) -> Bool {
        // Nearly every value starts and ends with a visible ASCII character, which no whitespace is part of.
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return plain && utf8.count <= 4 && isNullWord(text[...])
        }
        let trimmed = text.trimmedOfWhitespace
        return trimmed.isEmpty || (plain && trimmed.utf8.count <= 4 && isNullWord(trimmed))
    }

    private static func isNullWord(_ text: Substring) -> Bool {
        text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// A whole number as Almanac reads one: decimal digits, at most nine, no sign, no leading zero.
    enum WholeNumber: Equatable {
        case value(Int)
        case notDigits, leadingZero, negative
        case overMaximum(Int)
    }

    static func wholeNumber(_ text: String, maximum: Int?) -> WholeNumber {
        let digits = text.hasPrefix("-") ? Substring(text.dropFirst()) : Substring(text)
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .notDigits }
        if digits.count > 1 && digits.hasPrefix("0") { return .leadingZero }
        let value = Int(digits)!
        if text.hasPrefix("-") { return .negative }
        if let maximum, value > maximum { return .overMaximum(value) }
        return .value(value)
    }

    /// `true` or `false`, nothing else.
    static func flag(_ text: String) -> Bool? {
        switch text {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
}
