import Dispatch

/// What a build no longer needs once its pages are rendered and checked (the parsed report, the content and
/// templates read, the link check's readings of every page), let go of on another core while the output is swapped
/// in: tearing them down took about a millisecond on one core at the end of every build of the default report.
final class Leftovers: @unchecked Sendable {
    /// Written only by the thread running the build, before `letGo()`.
    private var held: [any Sendable] = []

    /// Keeps `value` until `letGo()`.
    func keep(_ value: any Sendable) {
        held.append(value)
    }

    /// Hands what is kept to another core, which frees it. Called once the build itself holds none of it, so the
    /// memory is freed there and not on the caller's thread.
    func letGo() {
        // The kept values move into a box that the other core empties: however soon it runs, it drops their last
        // reference (a copy held here until this returns could otherwise be the last, and free them here).
        let handoff = Handoff(held)
        held = []
        // On Linux the quality of service of the build's other background work: a pool of its own would start a
        // thread for it (see `BackgroundWork`).
        #if os(Linux)
        let qualityOfService = BackgroundWork<Void>.qualityOfService
        #else
        let qualityOfService = DispatchQoS.QoSClass.utility
        #endif
        DispatchQueue.global(qos: qualityOfService).async { handoff.values = [] }
    }

    /// The values on their way to the other core; only it touches `values`.
    private final class Handoff: @unchecked Sendable {
        var values: [any Sendable]

        init(_ values: [any Sendable]) {
            self.values = values
        }
    }
}
