import AlmanacServe
import ArgumentParser

/// `almanac serve`: builds the report, serves it on loopback and rebuilds it as authors save.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the report in a browser, rebuilding and reloading as files change.",
        discussion: """
            Watches the content and templates folders, rebuilds after each save and reloads open pages. \
            When a rebuild fails, the last good build stays up with the diagnostics shown over every page. \
            Each good build is also written to the output folder, as `almanac build` would.
            """)

    @OptionGroup var site: SourceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var replacing: ReplaceOutputOption
    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000
    @Option(help: ArgumentHelp("Address to listen on: an IP address or localhost. (default: 127.0.0.1, and ::1 too)",
                               valueName: "address"))
    var host: String?
    @Flag(help: "Watch by checking every file five times a second instead of inotify (for network and shared folders).")
    var poll = false

    func validate() throws {
        do {
            _ = try ListenAddress.parse(host)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let configuration = ServeConfiguration(build: try site.buildOptions(output: destination.output, replacingOutput: replacing), host: host, port: port, forcePolling: poll)
        try InterruptibleRun.run {
            try await PreviewServer(configuration).run()
        }
    }
}
