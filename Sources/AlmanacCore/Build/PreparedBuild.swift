/// A checked build whose site is not yet in the output folder: `BuildPipeline.prepare` makes it and `finish()`
/// writes it. A preview publishes `result` first, so a save reloads the browser without waiting for the disk.
public struct PreparedBuild: Sendable {
    /// The files and diagnostics; `wroteOutput` stays false until `finish()`.
    public let result: BuildResult
    /// What to write: nil when nothing is (an error, `write: false`, or a site already written whole).
    private let pending: Pending?
    /// The build's own values, freed on another core once `finish()` starts.
    private let leftovers: Leftovers?

    struct Pending: Sendable {
        /// The staging folder the files were written to while rendering; nil when they are all still to write.
        let staged: StagedOutput?
        let options: BuildOptions
        let history: OutputHistory?
        /// The diagnostics before sorting, so a write error joins them as if found during the build.
        let diagnostics: Diagnostics
    }

    init(result: BuildResult, pending: Pending? = nil, leftovers: Leftovers? = nil) {
        self.result = result
        self.pending = pending
        self.leftovers = leftovers
    }

    /// Writes the site (or waits for the writer to catch up) and swaps it in; the result says whether it did,
    /// with any write error among its diagnostics and the time taken as the "write" stage.
    public func finish() -> BuildResult {
        leftovers?.letGo()
        guard let pending else { return result }
        var result = self.result
        var diagnostics = pending.diagnostics
        var clock = StageClock(progress: pending.options.progress)
        let opened = pending.staged ?? clock.time("open output") {
            StagedOutput.begin(pending.options, history: pending.history, diagnostics: &diagnostics)
        }
        clock.time("write") {
            guard let opened else { return }
            if pending.staged == nil { result.files.forEach(opened.add) }
            opened.commit(diagnostics: &diagnostics)
        }
        result.timings += clock.stages
        result.wroteOutput = !diagnostics.hasErrors
        if diagnostics.all.count != pending.diagnostics.all.count { result.diagnostics = diagnostics.sorted }
        return result
    }
}
