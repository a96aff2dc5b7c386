import AlmanacCore

/// Holds the site being served and the open live-reload streams, so rebuilds and requests meet in one place.
public actor PreviewState {
    /// One complete build as served: a request reads one snapshot, never a build in progress.
    public struct Snapshot: Sendable {
        /// The last good build's files by site path; empty until a build succeeds.
        public var files: [String: [UInt8]] = [:]
        /// Whether any build has succeeded yet.
        public var hasSite = false
        /// Diagnostics of the latest build when it failed; nil after a good one.
        public var failure: [String]?
        /// Names the state pages were served in: the server's instance plus a count of visible changes.
        public var version: String
    }

    /// What publishing a build did, for the terminal.
    public enum Outcome: Sendable, Equatable {
        case updated
        case unchanged
        case failed
        /// Not shown: a newer build was published first.
        case stale
    }

    public private(set) var snapshot: Snapshot
    private let instance: String
    private var changes = 0
    /// The newest build number published (see `publish`).
    private var newestBuild = 0
    private var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextStreamID = 0
    private var isClosed = false

    public init() {
        instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        snapshot = Snapshot(version: instance + "-0")
    }

    /// Makes a finished build current: a good one replaces the whole site, a failed one only adds the overlay.
    /// `build` numbers a preview's builds: one older than the newest published is not shown (a write that failed
    /// while the next build was already published), and says so as `.stale`.
    @discardableResult
    public func publish(_ result: BuildResult, build: Int? = nil) -> Outcome {
        if let build {
            guard build >= newestBuild else { return .stale }
            newestBuild = build
        }
        if result.succeeded {
            let files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { $1 })
            if snapshot.hasSite && snapshot.failure == nil && files.count == snapshot.files.count,
               files.allSatisfy({ path, bytes in snapshot.files[path].map(bytes.hasSameBytes) ?? false }) {
                return .unchanged
            }
            bumpVersion()
            snapshot.files = files
            snapshot.hasSite = true
            snapshot.failure = nil
            broadcast(ServerSentEvent.reload(version: snapshot.version).bytes)
            return .updated
        }
        let errorsFirst = result.diagnostics.filter { $0.severity == .error } + result.diagnostics.filter { $0.severity != .error }
        let failure = errorsFirst.map(\.description)
        if snapshot.failure == failure { return .failed }
        bumpVersion()
        snapshot.failure = failure
        let overlay = LiveReloadPage.overlay(failure, hasSite: snapshot.hasSite)
        broadcast(ServerSentEvent.failed(version: snapshot.version, overlay: overlay).bytes)
        return .failed
    }

    /// A new live-reload stream, starting with the retry delay and the current version; nil once closed.
    public func subscribe() -> AsyncStream<[UInt8]>? {
        guard !isClosed else { return nil }
        let id = nextStreamID
        nextStreamID += 1
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        continuation.yield(ServerSentEvent.retry + ServerSentEvent.hello(version: snapshot.version).bytes)
        streams[id] = continuation
        return stream
    }

    /// How many pages are listening.
    public var subscriberCount: Int { streams.count }

    /// Writes a comment to every stream, so connections to closed pages fail and are dropped.
    public func heartbeat() {
        broadcast(ServerSentEvent.heartbeat)
    }

    /// Ends every stream, so open pages cannot hold the server up when it stops.
    public func close() {
        isClosed = true
        for continuation in streams.values { continuation.finish() }
        streams.removeAll()
    }

    private func unsubscribe(_ id: Int) {
        streams[id] = nil
    }

    private func bumpVersion() {
        changes += 1
        snapshot.version = "\(instance)-\(changes)"
    }

    private func broadcast(_ bytes: [UInt8]) {
        for continuation in streams.values { continuation.yield(bytes) }
    }
}
