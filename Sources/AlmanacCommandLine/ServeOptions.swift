import ArgumentParser

/// The preview server's own flags and help text, declared once: `almanac serve` shows them in its help and
/// completions, and `almanac-serve` (the executable it runs) parses them.
public struct ServeOptions: ParsableArguments {
    /// What `--help` says about the command, in both executables.
    public static let abstract = "Preview the report in a browser, rebuilding and reloading as files change."
    public static let discussion = """
        Watches the content and templates folders, rebuilds after each save and reloads open pages. \
        When a rebuild fails, the last good build stays up with the diagnostics shown over every page. \
        Each good build is also written to the output folder, as `almanac build` would.
        """
    /// The first argument `almanac serve` gives `almanac-serve`, so that its usage errors name the command the user typed.
    public static let forwardedCommandName = "almanac serve"

    @Option(help: "Port to listen on; 0 picks a free one.")
    public var port: UInt16 = 8000
    @Option(help: ArgumentHelp("Address to listen on: an IP address or localhost. (default: 127.0.0.1, and ::1 too)",
                               valueName: "address"))
    public var host: String?
    @Flag(help: "Watch by checking every file five times a second instead of inotify or kqueue (for network and shared folders).")
    public var poll = false
    @Flag(help: "Add the time each stage took, and how many pages were rendered or reused, to every rebuild's line.")
    public var timings = false

    public init() {}
}
