/// Measures how long each pipeline stage takes, for `--timings` and profiling; never part of output.
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
}
