/// What a build produced and found: the files, the figures and every diagnostic, sorted.
public struct BuildResult: Sendable {
    public var files: [RenderedFile]
    public var figures: FigureTable
    public var diagnostics: [Diagnostic]
    /// Whether `output/` was replaced.
    public var wroteOutput: Bool
    /// Time spent in each stage, in pipeline order (for `--timings` and benchmarks; never in output).
    public var timings: [(stage: String, duration: Duration)] = []

    /// Every error found, including those summed up in a "… and N more like this" line.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.reduce(0) { $0 + $1.problemCount } }
    /// Every warning found, including those summed up in a "… and N more like this" line.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.reduce(0) { $0 + $1.problemCount } }
    public var succeeded: Bool { errorCount == 0 }
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}
