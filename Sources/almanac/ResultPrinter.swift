import AlmanacCore
import ArgumentParser
import Foundation

/// How `build` and `check` report what they found.
struct ReportingOptions: ParsableArguments {
    /// Plain compiler-style lines, or one JSON document for CI annotations.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Diagnostics as text lines on standard error, or as JSON on standard output.")
    var format: Format = .text
    @Flag(help: "Print the time each stage took to standard error.")
    var timings = false
    @Flag(name: .shortAndLong, help: "Print errors only: no warnings and no summary line.")
    var quiet = false
    @Flag(name: .shortAndLong, help: "Also print the versions used and the time each stage took.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose ask for opposite things; give one") }
    }

    /// The flags as plain values.
    var value: Reporting { Reporting(format: format, timings: timings, quiet: quiet, verbose: verbose) }
}

/// What `ReportingOptions` chose, as plain values: `BuildArguments` reads them without swift-argument-parser.
struct Reporting: Equatable {
    var format: ReportingOptions.Format = .text
    var timings = false
    var quiet = false
    var verbose = false
}

/// Prints diagnostics and a summary, and sets the exit status (0 success, 1 errors found).
enum ResultPrinter {
    static func finish(_ result: BuildResult, reporting: Reporting, action: String?) throws {
        var errors = FileHandle.standardError
        switch reporting.format {
        case .text:
            if reporting.verbose {
                print("almanac \(AlmanacVersion.current), libcmark \(MarkdownRenderer.libraryVersion)", to: &errors)
            }
            for diagnostic in result.diagnostics where !reporting.quiet || diagnostic.severity == .error {
                print(diagnostic.description, to: &errors)
            }
            var summary = "\(result.pageCount) pages, \(result.figures.count) figures computed, "
                + "\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s"), "
                + "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"
            if let action { summary += "; \(action)" }
            if !reporting.quiet { print(summary) }
        case .json:
            print(try DiagnosticsJSON.encode(result))
        }
        if reporting.timings || reporting.verbose {
            for (stage, duration) in result.timings {
                let milliseconds = duration.milliseconds
                let label = stage.padding(toLength: 12, withPad: " ", startingAt: 0)
                print(label + String(format: "%8.2f ms", milliseconds), to: &errors)
            }
        }
        if !result.succeeded { throw ExitCode.failure }
    }
}

/// The `--format json` document: every diagnostic with its place, and the summary.
struct DiagnosticsJSON: Encodable {
    struct Entry: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
        var hint: String?
    }
    struct Summary: Encodable {
        var pages: Int
        var figures: Int
        var warnings: Int
        var errors: Int
        var wroteOutput: Bool
    }
    var diagnostics: [Entry]
    var summary: Summary

    static func encode(_ result: BuildResult) throws -> String {
        let document = DiagnosticsJSON(
            diagnostics: result.diagnostics.map {
                Entry(severity: $0.severity.rawValue, file: $0.location?.path, line: $0.location?.line,
                      column: $0.location?.column, message: $0.message, hint: $0.hint)
            },
            summary: Summary(pages: result.pageCount, figures: result.figures.count, warnings: result.warningCount,
                             errors: result.errorCount, wroteOutput: result.wroteOutput))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) {
        write(Data(string.utf8))
    }
}
