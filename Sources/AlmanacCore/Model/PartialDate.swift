import Foundation

/// A date known to the year, month or day, as records often only say "September 2009".
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is not such a date.
    public init?(_ text: String) {
        // Read on bytes, digits only: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        func number(_ part: Substring.UTF8View, digits: Int) -> Int? {
            guard part.count == digits, part.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard (1...3).contains(parts.count), let year = number(parts[0], digits: 4) else { return nil }
        self.year = year
        if parts.count >= 2 {
            guard let month = number(parts[1], digits: 2), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3, let month {
            guard let day = number(parts[2], digits: 2), day >= 1, day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            self.day = day
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form, as written in the records.
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Reader-facing form: "24 November 2009", "September 2009" or "2009".
    public var longForm: String {
        guard let month else { return String(year) }
        let monthYear = "\(PartialDate.monthNames[month - 1]) \(year)"
        guard let day else { return monthYear }
        return "\(day) \(monthYear)"
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}
