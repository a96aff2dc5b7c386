import AlmanacCore
import ArgumentParser
import Foundation

/// The `almanac` command line: turns flags into `BuildOptions` and prints what the build found.
struct AlmanacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Builds a data-heavy annual report as a static site.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)
}

/// Flags shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder holding report.yaml, themes/, pages/ and records/.")
    var content = "content"
    @Option(help: "Folder holding the Mustache templates and assets/.")
    var templates = "templates"
    @Option(help: "Folder the site is written to (replaced atomically).")
    var output = "output"
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func buildOptions(replacingOutput: ReplaceOutputOption? = nil) throws -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                     buildDate: try SourceDateEpoch.date(from: ProcessInfo.processInfo.environment), strict: strict,
                     replaceUnownedOutput: replacingOutput?.replaceOutput ?? false)
    }
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
    @OptionGroup var site: SiteOptions
    @OptionGroup var replacing: ReplaceOutputOption
    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let result = BuildPipeline.run(try site.buildOptions(replacingOutput: replacing), write: true)
        try ResultPrinter.finish(result, reporting: reporting,
                                 action: result.wroteOutput ? "wrote \(result.files.count) files to \(site.output)" : nil)
    }
}

/// `almanac check`: everything except writing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the report without writing anything.")
    @OptionGroup var site: SiteOptions
    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let result = BuildPipeline.run(try site.buildOptions(), write: false)
        try ResultPrinter.finish(result, reporting: reporting, action: nil)
    }
}
