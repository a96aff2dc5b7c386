/// Measures how long each pipeline stage takes, for `--timings` and profiling; never part of output.
struct StageClock {
    private(set) var stages: [(stage: String, duration: Duration)] = []
    private let clock = ContinuousClock()

    /// Runs `work`, adding its duration to the stage of that name.
    mutating func time<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
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
