import AlmanacCore
import ArgumentParser
import Foundation

/// Flags every command that reads a report takes: `build`, `check` and `serve` (in `almanac` and `almanac-serve`).
public struct SourceOptions: ParsableArguments {
    /// The folders a command reads and writes when no flag names them.
    public static let defaultContent = "content", defaultTemplates = "templates", defaultOutput = "output"

    @Option(help: "Folder holding report.yaml, model.yaml, figures.yaml, themes/, pages/ and records/ (or editions/).")
    public var content = SourceOptions.defaultContent
    @Option(help: "Folder holding the Mustache templates, strings/ and assets/.")
    public var templates = SourceOptions.defaultTemplates
    @Flag(help: "Treat warnings as errors.")
    public var strict = false

    public init() {}

    public func buildOptions(output: String = SourceOptions.defaultOutput, replacingOutput: ReplaceOutputOption? = nil) throws -> BuildOptions {
        try Self.buildOptions(content: content, templates: templates, output: output, strict: strict,
                              replaceUnownedOutput: replacingOutput?.replaceOutput ?? false)
    }

    /// The same from plain values (`almanac build`'s quick reading of its arguments); throws a `ValidationError` for
    /// a `SOURCE_DATE_EPOCH` that is not a date.
    public static func buildOptions(content: String, templates: String, output: String, strict: Bool,
                                    replaceUnownedOutput: Bool) throws -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                     buildDate: try SourceDateEpoch.date(from: ProcessInfo.processInfo.environment), strict: strict,
                     replaceUnownedOutput: replaceUnownedOutput)
    }
}

/// Where `build` and `serve` write the site; `check` writes nothing, so it has no such flag.
public struct OutputOption: ParsableArguments {
    @Option(help: "Folder the site is written to (replaced atomically).")
    public var output = SourceOptions.defaultOutput

    public init() {}
}

/// The one flag that lets a build replace an output folder holding files Almanac did not write.
public struct ReplaceOutputOption: ParsableArguments {
    @Flag(help: ArgumentHelp("Replace the output folder even if it holds files Almanac did not write (they are deleted).",
                             discussion: "Without it, such a folder is left alone and the build fails."))
    public var replaceOutput = false

    public init() {}
}
