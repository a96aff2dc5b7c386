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
        let held = self.held
        self.held = []
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }
}
