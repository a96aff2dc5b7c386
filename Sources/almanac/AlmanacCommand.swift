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
