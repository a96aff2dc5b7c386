import AlmanacCommandLine
import ArgumentParser

/// `almanac serve`: parses the preview server's flags (so `--help` and completions describe them), then replaces this
/// process with `almanac-serve`, which keeps the networking libraries out of every other `almanac` command.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: ServeOptions.abstract,
        discussion: ServeOptions.discussion + " The server is the `almanac-serve` program beside `almanac`.")

    @OptionGroup var site: SourceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var replacing: ReplaceOutputOption
    @OptionGroup var serving: ServeOptions

    func run() throws {
        // The address is checked by almanac-serve, which owns the listening code.
        try ServeLauncher.replaceProcess(arguments: ServeLauncher.serveArguments(from: CommandLine.arguments))
    }
}
