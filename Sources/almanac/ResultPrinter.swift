import AlmanacCore
import ArgumentParser
import Foundation

/// Prints diagnostics to standard error and a one-line summary, and sets the exit status.
enum ResultPrinter {
    static func finish(_ result: BuildResult, action: String?) throws {
        var errors = FileHandle.standardError
        for diagnostic in result.diagnostics {
            print(diagnostic.description, to: &errors)
        }
        var summary = "\(result.pageCount) pages, \(result.figures.count) figures computed, "
            + "\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s"), "
            + "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"
        if let action { summary += "; \(action)" }
        print(summary)
        if !result.succeeded { throw ExitCode.failure }
    }
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}

/// Reads the reproducible-builds build date from `SOURCE_DATE_EPOCH`.
enum SourceDateEpoch {
    static func date(from environment: [String: String]) throws -> PartialDate? {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let seconds = Int(text), seconds >= 0 else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not \"\(text)\"")
        }
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        let iso = String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        return PartialDate(iso)
    }
}
