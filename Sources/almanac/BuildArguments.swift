import AlmanacCommandLine
import AlmanacCore

/// What `almanac build` runs with, as plain values, and a reading of its common command lines that skips
/// swift-argument-parser: the library reflects over every flag group with `Mirror`, and the Swift runtime answers
/// its 52 first-time protocol checks by scanning all 5,822 conformance records of the static binary, 2.5 ms of a
/// 24 ms default build (19.3 M instructions, 12 M of them the scans; see docs/performance.md). Anything this does not
/// read exactly as swift-argument-parser would (help, other commands, a repeated or unknown flag, a value that looks
/// like a flag) goes to `AlmanacCommand`, which also words every usage error. Tests hold the two readings equal.
struct BuildArguments: Equatable {
    var content = SourceOptions.defaultContent
    var templates = SourceOptions.defaultTemplates
    var output = SourceOptions.defaultOutput
    var strict = false
    var replaceOutput = false
    var reporting = Reporting()

    /// Runs `build` when `arguments` (the command line without the program's name) is one this reads; false, with
    /// nothing done, otherwise. A `SOURCE_DATE_EPOCH` that is not a date is left to swift-argument-parser to word.
    static func ranQuickly(_ arguments: ArraySlice<String>) -> Bool {
        guard let recognised = recognise(arguments), let options = try? recognised.buildOptions() else { return false }
        do {
            try recognised.run(options)
        } catch {
            AlmanacCommand.exit(withError: error)
        }
        return true
    }

    /// The values, or nil unless every argument is `build` first, a flag of `build` given once, or an option of it
    /// given once with a value (`--output site` or `--output=site`) that does not start with "-".
    static func recognise(_ arguments: ArraySlice<String>) -> BuildArguments? {
        var rest = arguments
        if rest.first == "build" { rest.removeFirst() }
        var result = BuildArguments()
        var given: [String] = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else { return nil }
            let equals = argument.firstIndex(of: "=")
            let name = equals.map { String(argument[..<$0]) } ?? argument
            let attached = equals.map { String(argument[argument.index(after: $0)...]) }
            let canonical = name == "-q" ? "--quiet" : name == "-v" ? "--verbose" : name
            guard !given.contains(canonical) else { return nil }
            given.append(canonical)
            switch canonical {
            case "--strict", "--replace-output", "--timings", "--quiet", "--verbose":
                guard attached == nil else { return nil }
                switch canonical {
                case "--strict": result.strict = true
                case "--replace-output": result.replaceOutput = true
                case "--timings": result.reporting.timings = true
                case "--quiet": result.reporting.quiet = true
                default: result.reporting.verbose = true
                }
            case "--content", "--templates", "--output", "--format":
                guard let value = attached ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                switch canonical {
                case "--content": result.content = value
                case "--templates": result.templates = value
                case "--output": result.output = value
                default:
                    guard let format = ReportingOptions.Format(rawValue: value) else { return nil }
                    result.reporting.format = format
                }
            default:
                return nil
            }
        }
        // swift-argument-parser refuses the pair (ReportingOptions.validate) and words why.
        return result.reporting.quiet && result.reporting.verbose ? nil : result
    }

    func buildOptions() throws -> BuildOptions {
        try SourceOptions.buildOptions(content: content, templates: templates, output: output, strict: strict,
                                       replaceUnownedOutput: replaceOutput)
    }

    func run() throws {
        try run(buildOptions())
    }

    /// Builds and writes the site and prints what the build found; throws `ExitCode.failure` when it failed.
    func run(_ options: BuildOptions) throws {
        let result = TerminalProgress.run(options, write: true, reporting: reporting)
        try ResultPrinter.finish(result, reporting: reporting,
                                 action: result.wroteOutput ? "wrote \(result.files.count) files to \(output)" : nil)
    }
}
