import AlmanacCore
import Foundation

/// Everything `almanac serve` needs besides the files: the build, where to listen, how to debounce, where to log.
public struct ServeConfiguration: Sendable {
    /// The same options `almanac build` takes.
    public var build: BuildOptions
    /// `--host`: nil listens on 127.0.0.1 and, when available, ::1.
    public var host: String?
    /// `--port`: 0 picks a free port.
    public var port: UInt16
    /// Whether each good build also replaces `output/` (atomically, as `almanac build` does).
    public var writeOutput: Bool
    /// How long the folders must stay still before a rebuild starts.
    public var quietPeriod: Duration
    /// How often idle live-reload streams get a comment, so closed pages are noticed.
    public var heartbeat: Duration
    /// Use the lstat poller even where inotify or kqueue works (for tests and odd file systems).
    public var forcePolling: Bool
    /// The limits each request head must keep to, checked before FlyingFox parses it.
    public var requestCheck: RequestHeadCheck
    /// Add each stage's time to every rebuild's line (`--timings`).
    public var showTimings = false
    /// Progress lines (the URL, each rebuild).
    public var log: @Sendable (String) -> Void
    /// Diagnostics and problems.
    public var logError: @Sendable (String) -> Void

    public init(build: BuildOptions, host: String? = nil, port: UInt16 = 8000, writeOutput: Bool = true,
                quietPeriod: Duration = .milliseconds(20), heartbeat: Duration = .seconds(15), forcePolling: Bool = false,
                requestCheck: RequestHeadCheck = RequestHeadCheck(),
                log: @escaping @Sendable (String) -> Void = ServeConfiguration.standardOutput,
                logError: @escaping @Sendable (String) -> Void = ServeConfiguration.standardError) {
        self.build = build
        self.host = host
        self.port = port
        self.writeOutput = writeOutput
        self.quietPeriod = quietPeriod
        self.heartbeat = heartbeat
        self.forcePolling = forcePolling
        self.requestCheck = requestCheck
        self.log = log
        self.logError = logError
    }

    /// Writes a line to standard output at once (no buffering, so scripts reading a pipe see it).
    @Sendable public static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    @Sendable public static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A line that does not log at all.
    @Sendable public static func silent(_ line: String) {}
}
