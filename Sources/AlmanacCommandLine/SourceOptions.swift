import AlmanacCore
import ArgumentParser
import Foundation

/// Flags every command that reads a report takes: `build`, `check` and `serve` (in `almanac` and `almanac-serve`).
public struct SourceOptions: ParsableArguments {
    @Option(help: "Folder holding report.yaml, model.yaml, figures.yaml, themes/, pages/ and records/ (or editions/).")
    public var content = "content"
    @Option(help: "Folder holding the Mustache templates, strings/ and assets/.")
    public var templates = "templates"
    @Flag(help: "Treat warnings as errors.")
    public var strict = false

    public init() {}

    public func buildOptions(output: String = "output", replacingOutput: ReplaceOutputOption? = nil) throws -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                     buildDate: try SourceDateEpoch.date(from: ProcessInfo.processInfo.environment), strict: strict,
                     replaceUnownedOutput: replacingOutput?.replaceOutput ?? false)
    }
}

/// Where `build` and `serve` write the site; `check` writes nothing, so it has no such flag.
public struct OutputOption: ParsableArguments {
    @Option(help: "Folder the site is written to (replaced atomically).")
    public var output = "output"

    public init() {}
}

/// The one flag that lets a build replace an output folder holding files Almanac did not write.
public struct ReplaceOutputOption: ParsableArguments {
    @Flag(help: ArgumentHelp("Replace the output folder even if it holds files Almanac did not write (they are deleted).",
                             discussion: "Without it, such a folder is left alone and the build fails."))
    public var replaceOutput = false

    public init() {}
}
