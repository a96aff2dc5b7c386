import AlmanacCore
import ArgumentParser
import Foundation

/// The `almanac` command line: turns flags into `BuildOptions` and prints what the build found.
struct AlmanacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Builds a data-heavy annual report as a static site.",
        version: AlmanacVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self)
}

/// Flags every command that reads a report takes: `build`, `check` and `serve`.
struct SourceOptions: ParsableArguments {
    @Option(help: "Folder holding report.yaml, model.yaml, figures.yaml, themes/, pages/ and records/ (or editions/).")
    var content = "content"
    @Option(help: "Folder holding the Mustache templates, strings/ and assets/.")
    var templates = "templates"
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func buildOptions(output: String = "output", replacingOutput: ReplaceOutputOption? = nil) throws -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                     buildDate: try SourceDateEpoch.date(from: ProcessInfo.processInfo.environment), strict: strict,
                     replaceUnownedOutput: replacingOutput?.replaceOutput ?? false)
    }
}

/// Where `build` and `serve` write the site; `check` writes nothing, so it has no such flag.
struct OutputOption: ParsableArguments {
    @Option(help: "Folder the site is written to (replaced atomically).")
    var output = "output"
}

/// The one flag that lets a build replace an output folder holding files Almanac did not write.
struct ReplaceOutputOption: ParsableArguments {
    @Flag(help: ArgumentHelp("Replace the output folder even if it holds files Almanac did not write (they are deleted).",
                             discussion: "Without it, such a folder is left alone and the build fails."))
    var replaceOutput = false
}

/// `almanac build`: everything, then write `output/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the report into the output folder.")
    @OptionGroup var site: SourceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var replacing: ReplaceOutputOption
    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        var options = try site.buildOptions(output: destination.output, replacingOutput: replacing)
        let progress = TerminalProgress.forTerminal(reporting: reporting, environment: ProcessInfo.processInfo.environment)
        options.progress = progress
        let result = BuildPipeline.run(options, write: true)
        progress?.finish()
        try ResultPrinter.finish(result, reporting: reporting,
                                 action: result.wroteOutput ? "wrote \(result.files.count) files to \(destination.output)" : nil)
    }
}

/// `almanac check`: everything except writing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the report without writing anything.")
    @OptionGroup var site: SourceOptions
    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        var options = try site.buildOptions()
        let progress = TerminalProgress.forTerminal(reporting: reporting, environment: ProcessInfo.processInfo.environment)
        options.progress = progress
        let result = BuildPipeline.run(options, write: false)
        progress?.finish()
        try ResultPrinter.finish(result, reporting: reporting, action: nil)
    }
}
