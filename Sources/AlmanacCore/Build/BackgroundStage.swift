/// A part of a build run on another core (`BackgroundWork`) with diagnostics and stage times of its own, joined
/// into the build's when its value is taken: the build lists every problem and `--timings` every stage as if the
/// part had run in line.
struct BackgroundStage<Value>: Sendable {
    private let work: BackgroundWork<(value: Value, found: Diagnostics, clock: StageClock)>

    init(_ body: @escaping @Sendable (inout Diagnostics, inout StageClock) -> Value) {
        work = BackgroundWork {
            var found = Diagnostics()
            var clock = StageClock()
            let value = body(&found, &clock)
            return (value, found, clock)
        }
    }

    /// Waits for the part, adds what it found and its stage times to the build's, and gives its value.
    func join(into diagnostics: inout Diagnostics, clock: inout StageClock) -> Value {
        let done = work.value()
        diagnostics.append(contentsOf: done.found.all)
        clock.add(done.clock)
        return done.value
    }

    /// Runs the part on this thread unless another has started it: for a caller with nothing else to do before it
    /// joins parts queued ahead of this one.
    func runHereIfNotStarted() {
        work.runIfNotStarted()
    }

    /// Waits for the part and gives its value alone, leaving out what it found (work the build will not use).
    func valueAlone() -> Value {
        work.value().value
    }
}
