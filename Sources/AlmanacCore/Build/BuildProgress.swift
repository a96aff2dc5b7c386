/// Where a build tells its caller how far it has got, so the command line can show progress on a terminal.
///
/// Both calls may come from any thread; a build never waits on them.
public protocol BuildProgress: Sendable {
    /// A stage (`load`, `parse`, `aggregate`, `render`, …) has started.
    func stageStarted(_ stage: String)
    /// One more page of the `total` this render produces is done.
    func pageRendered(of total: Int)
}
