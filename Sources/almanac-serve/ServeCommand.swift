import AlmanacCommandLine
import AlmanacCore
import AlmanacServe
import ArgumentParser

/// `almanac-serve` (what `almanac serve` runs): builds the report, serves it on loopback and rebuilds it as authors save.
/// It is its own executable so that `almanac build` does not load the networking libraries the server needs.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        let forwarded = CommandLine.arguments.first == ServeOptions.forwardedCommandName
        return CommandConfiguration(
            commandName: forwarded ? ServeOptions.forwardedCommandName : "almanac-serve",
            abstract: ServeOptions.abstract,
            discussion: ServeOptions.discussion + " `almanac serve` runs this program with the same arguments.",
            version: AlmanacVersion.current)
    }

    @OptionGroup var site: SourceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var replacing: ReplaceOutputOption
    @OptionGroup var serving: ServeOptions

    func validate() throws {
        do {
            _ = try ListenAddress.parse(serving.host)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        var configuration = ServeConfiguration(build: try site.buildOptions(output: destination.output, replacingOutput: replacing),
                                               host: serving.host, port: serving.port, forcePolling: serving.poll)
        configuration.showTimings = serving.timings
        let settled = configuration
        try InterruptibleRun.run {
            try await PreviewServer(settled).run()
        }
    }
}
