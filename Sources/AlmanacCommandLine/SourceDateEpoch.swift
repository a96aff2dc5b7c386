import AlmanacCore
import ArgumentParser
import Foundation

/// Reads the reproducible-builds build date from `SOURCE_DATE_EPOCH`.
public enum SourceDateEpoch {
    public static func date(from environment: [String: String]) throws -> PartialDate? {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        // 253,402,300,799 s is 9999-12-31T23:59:59Z: a later date has no four-digit year to print.
        guard let seconds = Int(text), (0...253_402_300_799).contains(seconds) else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds up to the end of year 9999, not \"\(text)\"")
        }
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        let iso = String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        return PartialDate(iso)
    }
}
