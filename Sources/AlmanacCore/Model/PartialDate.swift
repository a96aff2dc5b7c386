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
        // Read on bytes, digits only: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so 4, 7 or 10 bytes with dashes between.
        var text = text
        guard let (year, month, day) = text.withUTF8({ bytes -> (Int, Int?, Int?)? in
            func number(at start: Int, digits: Int) -> Int? {
                var value = 0
                for index in start ..< start + digits {
                    let digit = bytes[index] &- 0x30
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            let dash = UInt8(ascii: "-")
            guard [4, 7, 10].contains(bytes.count), let year = number(at: 0, digits: 4) else { return nil }
            guard bytes.count > 4 else { return (year, nil, nil) }
            guard bytes[4] == dash, let month = number(at: 5, digits: 2), (1...12).contains(month) else { return nil }
            guard bytes.count > 7 else { return (year, month, nil) }
            guard bytes[7] == dash, let day = number(at: 8, digits: 2), day >= 1,
                  day <= PartialDate.daysIn(month: month, year: year) else { return nil }
            return (year, month, day)
        }) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
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
