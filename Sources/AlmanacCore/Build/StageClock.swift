/// Measures how long each pipeline stage takes, for `--timings` and profiling; never part of output.
///
/// A stage run on another core while the build goes on (the templates, during the parse) is timed by a clock of
/// its own and joined with `add`: its time is the time it took, though it cost the build less wall time.
struct StageClock {
    private(set) var stages: [(stage: String, duration: Duration)] = []
    private let clock = ContinuousClock()
    /// Told when each stage starts, for progress on a terminal.
    private let progress: (any BuildProgress)?

    init(progress: (any BuildProgress)? = nil) {
        self.progress = progress
    }

    /// Runs `work`, adding its duration to the stage of that name.
    mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        progress?.stageStarted(stage)
        let start = clock.now
        let result = try work()
        let elapsed = clock.now - start
        if let index = stages.firstIndex(where: { $0.stage == stage }) {
            stages[index].duration += elapsed
        } else {
            stages.append((stage, elapsed))
        }
        return result
    }

    /// Adds another clock's stages to this one's, each in its place in the pipeline's order.
    mutating func add(_ other: StageClock) {
        for (stage, duration) in other.stages {
            if let index = stages.firstIndex(where: { $0.stage == stage }) {
                stages[index].duration += duration
            } else {
                let place = Self.pipelineOrder.firstIndex(of: stage) ?? Self.pipelineOrder.count
                let before = stages.firstIndex { (Self.pipelineOrder.firstIndex(of: $0.stage) ?? Self.pipelineOrder.count) > place }
                stages.insert((stage, duration), at: before ?? stages.count)
            }
        }
    }

    private static let pipelineOrder = ["load", "templates", "parse", "aggregate", "open output", "render", "check links", "write"]
}
