import AlmanacCommandLine
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

/// `almanac build`: everything, then write `output/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the report into the output folder.")
    @OptionGroup var site: SourceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var replacing: ReplaceOutputOption
    @OptionGroup var reporting: ReportingOptions

    /// The flags as plain values; `main.swift` reads the common ones itself (see `BuildArguments`).
    var arguments: BuildArguments {
        BuildArguments(content: site.content, templates: site.templates, output: destination.output, strict: site.strict,
                       replaceOutput: replacing.replaceOutput, reporting: reporting.value)
    }

    func run() throws {
        try arguments.run()
    }
}

/// `almanac check`: everything except writing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the report without writing anything.")
    @OptionGroup var site: SourceOptions
    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let result = TerminalProgress.run(try site.buildOptions(), write: false, reporting: reporting.value)
        try ResultPrinter.finish(result, reporting: reporting.value, action: nil)
    }
}
