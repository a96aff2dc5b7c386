import AlmanacCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Draws one progress line on a terminal's standard error once a build has run for a second, then clears it.
///
/// Only made when standard error is a terminal and the output is neither `--quiet` nor JSON, so CI logs
/// and pipes never see it.
final class TerminalProgress: BuildProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let delay: Duration
    private let write: @Sendable (String) -> Void
    private var line = ProgressLine()
    private var lastDrawn: ContinuousClock.Instant?
    private var drawnWidth = 0

    /// `delay`: how long a build runs before the line appears (one second; `ALMANAC_PROGRESS_DELAY_MS` for tests).
    init(delay: Duration = .seconds(1), write: @escaping @Sendable (String) -> Void = TerminalProgress.writeToStandardError) {
        self.delay = delay
        self.write = write
        started = clock.now
    }

    /// A progress line for `build` and `check`, or nil where nobody would see it.
    static func forTerminal(reporting: Reporting, environment: [String: String]) -> TerminalProgress? {
        guard isatty(STDERR_FILENO) == 1, !reporting.quiet, reporting.format == .text,
              environment["TERM"] != "dumb" else { return nil }
        let delay = environment["ALMANAC_PROGRESS_DELAY_MS"].flatMap(Int.init).map { Duration.milliseconds($0) } ?? .seconds(1)
        return TerminalProgress(delay: delay)
    }

    /// Runs a build with a progress line where one would be seen, cleared before the caller prints the result.
    static func run(_ options: BuildOptions, write: Bool, reporting: Reporting) -> BuildResult {
        var options = options
        let progress = forTerminal(reporting: reporting, environment: ProcessInfo.processInfo.environment)
        options.progress = progress
        // The command prints how many files it wrote, never their bytes: they are let go of once written.
        let result = BuildPipeline.run(options, write: write, keepFiles: false)
        progress?.finish()
        return result
    }

    func stageStarted(_ stage: String) {
        update {
            $0.stage = stage
            // Each edition of a site of several renders on its own.
            if stage == "render" { ($0.pagesRendered, $0.pagesTotal) = (0, 0) }
        }
    }

    func pageRendered(of total: Int) {
        update {
            $0.stage = "render"
            $0.pagesTotal = total
            $0.pagesRendered += 1
        }
    }

    /// Clears the line, if one was drawn, before the command prints its diagnostics and summary.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawnWidth > 0 { write("\r" + String(repeating: " ", count: drawnWidth) + "\r") }
        drawnWidth = 0
    }

    private func update(_ change: (inout ProgressLine) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&line)
        let now = clock.now
        guard now - started >= delay else { return }
        // Redraw at most ten times a second, and always when the last page is done.
        let finished = line.pagesTotal > 0 && line.pagesRendered == line.pagesTotal
        if let lastDrawn, now - lastDrawn < .milliseconds(100), !finished { return }
        lastDrawn = now
        let text = line.text
        let padding = String(repeating: " ", count: max(0, drawnWidth - text.count))
        write("\r" + text + padding)
        drawnWidth = text.count
    }

    @Sendable static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
