import AlmanacCore
import FlyingFox
import FlyingSocks
import Foundation

/// `almanac serve`'s engine: listens, builds, watches, rebuilds and tells open pages, until stopped.
public actor PreviewServer {
    public let configuration: ServeConfiguration
    public let state = PreviewState()
    /// The port listened on, known once `start()` returns (useful with port 0).
    public private(set) var port: UInt16 = 0
    /// One URL per address listened on, the first one being the one to open.
    public private(set) var urls: [String] = []
    /// FlyingFox, on a private Unix socket: it only ever sees requests the gate let through.
    private var upstream: UpstreamServer?
    private var socketFolder: PrivateSocketFolder?
    /// The sockets browsers connect to, and the gate tasks serving them.
    private var listeners: [AsyncSocket] = []
    private var gateTasks: [Task<Void, Never>] = []
    private var gatePoolTask: Task<Void, Never>?
    private var tasks: [Task<Void, Never>] = []
    private var watcher: DirectoryWatcher?
    private var shownDiagnostics: [String] = []
    /// Builds prepared so far, numbering them for `PreviewState.publish`.
    private var builds = 0
    /// The loop of rebuilds after changes: `stop()` lets it finish the writes it started.
    private var rebuilding: Task<Void, Never>?
    /// Files parsed by earlier rebuilds: an edit re-parses only the files it changed.
    private let parseCache = ParseCache()
    /// Pages of the last build: a save that changes one page's Markdown body re-renders only that page.
    private let renderCache = RenderCache()

    public init(_ configuration: ServeConfiguration) {
        self.configuration = configuration
    }

    /// Starts and keeps going until the task is cancelled (Ctrl-C), then stops cleanly.
    public func run() async throws {
        try await start()
        let others = urls.dropFirst().map { " and \($0)" }.joined()
        configuration.log("Serving the report at \(urls[0])\(others); watching \(configuration.build.contentDirectory) "
            + "and \(configuration.build.templatesDirectory) (\(watcher?.mechanism ?? "no watcher")). Ctrl-C to stop.")
        if try ListenAddress.parse(configuration.host).required.contains(where: \.isWildcard) {
            configuration.logError("almanac: listening on every network interface: anyone who can reach this machine can read the preview")
        }
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
        configuration.log("Stopping.")
        await stop()
    }

    /// Listens first (so a busy port fails fast), then watches, then builds once. Throws when an address is unusable.
    public func start() async throws {
        let (required, optional) = try ListenAddress.parse(configuration.host)
        let requestGuard = RequestGuard(boundAddresses: (required + optional).map(\.text))
        var port = configuration.port
        let gate: RequestGate
        do {
            gate = try await startUpstream(handler: PreviewHandler(state: state, requestGuard: requestGuard))
            for address in required {
                port = try await listen(on: address, port: port, gate: gate)
            }
        } catch {
            await stop()
            throw error
        }
        for address in optional {
            do {
                _ = try await listen(on: address, port: port, gate: gate)
            } catch {
                configuration.logError("almanac: not listening on \(address.urlHost): \(error)")
            }
        }
        self.port = port
        let build = configuration.build
        let watcher: DirectoryWatcher
        do {
            watcher = try DirectoryWatcher(roots: [build.contentDirectory, build.templatesDirectory],
                                           quiet: configuration.quietPeriod, forcePolling: configuration.forcePolling)
        } catch {
            await stop()
            throw error
        }
        self.watcher = watcher
        if watcher.reportsEveryChange {
            renderCache.reads.vouch(watching: Array(zip(watcher.watchedRoots, [build.contentDirectory, build.templatesDirectory]))
                .map { (watcher: $0.0, build: $0.1) })
        }
        await rebuild(after: [])
        let loop = Task { await self.rebuildLoop(watcher.changes) }
        rebuilding = loop
        tasks.append(loop)
        let heartbeat = configuration.heartbeat
        tasks.append(Task { [state] in
            while !Task.isCancelled {
                try? await Task.sleep(for: heartbeat)
                await state.heartbeat()
            }
        })
    }

    /// Ends the live-reload streams first, so no open page can hold the listeners up, then everything else.
    public func stop() async {
        watcher?.stop()
        watcher = nil
        for task in tasks { task.cancel() }
        tasks.removeAll()
        // Cancelled, the loop ends its wait for changes and then waits for the writes it started.
        await rebuilding?.value
        rebuilding = nil
        for task in gateTasks { task.cancel() }
        gateTasks.removeAll()
        for listener in listeners { try? listener.close() }
        listeners.removeAll()
        await state.close()
        await upstream?.stop()
        upstream = nil
        gatePoolTask?.cancel()
        gatePoolTask = nil
        socketFolder?.remove()
        socketFolder = nil
    }

    /// The next build prepares while the last one is still being written (its write waits for that one): right
    /// after a start, with the disk still busy, a write took 200–470 ms at 2,000 pages and the next save waited for
    /// it. At most one write is still going while a build prepares.
    func rebuildLoop(_ changes: AsyncStream<[String]>) async {
        var (older, writing): (Task<Void, Never>?, Task<Void, Never>?) = (nil, nil)
        for await paths in changes where !Task.isCancelled {
            await older?.value
            let next = await rebuild(after: paths, writingAfter: writing)
            (older, writing) = (writing, next)
        }
        await older?.value
        await writing?.value
    }

    /// One build, published and written, its line on the terminal printed. For the first build (and tests): it
    /// waits for no write, so it must not run beside the loop.
    func rebuild(after paths: [String]) async {
        await rebuild(after: paths, writingAfter: nil).value
    }

    /// One build off the cooperative threads, published as a whole (open pages reload then); returns the task
    /// that writes it to the output folder once `previous` has written its own, then prints one line on the
    /// terminal. A write that fails is published too, as a failed build, unless a newer build was published since.
    private func rebuild(after paths: [String], writingAfter previous: Task<Void, Never>?) async -> Task<Void, Never> {
        let clock = ContinuousClock()
        let started = clock.now
        let options = configuration.build, write = configuration.writeOutput, cache = parseCache, pages = renderCache
        // Every change the watcher has seen so far, this batch's and any since: the files this build need not look at.
        if let watcher { pages.reads.expect(changes: watcher.takeChanges()) }
        // A site of several editions is written while it is prepared: only after the write in flight, to keep order.
        if BuildPipeline.writesWhilePreparing(options) { await previous?.value }
        let prepared = await Self.offCooperativeThreads {
            BuildPipeline.prepare(options, write: write, cache: cache, renderCache: pages, writeWhileRendering: false)
        }
        builds += 1
        let build = builds
        let outcome = await state.publish(prepared.result, build: build)
        let published = clock.now - started
        let counts = (rendered: pages.rendered, reused: pages.reused)
        return Task {
            await previous?.value
            let result = await Self.offCooperativeThreads { prepared.finish() }
            var reported = outcome
            if result.succeeded != prepared.result.succeeded { reported = await state.publish(result, build: build) }
            report(result, outcome: reported, paths: paths, pages: counts, elapsed: published, total: clock.now - started)
        }
    }

    private static func offCooperativeThreads<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }

    /// `elapsed` is the time until the build was published, `total` until it was also written.
    func report(_ result: BuildResult, outcome: PreviewState.Outcome, paths: [String], pages: (rendered: Int, reused: Int),
                elapsed: Duration, total: Duration) {
        let milliseconds = Int(elapsed.milliseconds)
        let diagnostics = result.diagnostics.map(\.description)
        if diagnostics != shownDiagnostics {
            diagnostics.forEach(configuration.logError)
            shownDiagnostics = diagnostics
        }
        let cause = paths.isEmpty ? "" : " after \(Self.display(paths[0]))" + (paths.count > 1 ? " and \(paths.count - 1) more" : "")
        let counts = "\(result.pageCount) pages, \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s"), "
            + "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"
            + (configuration.showTimings ? " (" + result.timings.map { "\($0.stage) \(Int($0.duration.milliseconds.rounded())) ms" }
                .joined(separator: ", ") + ", pages rendered \(pages.rendered), reused \(pages.reused)"
                + ", files written \(renderCache.output.written), linked \(renderCache.output.linked)"
                + (result.wroteOutput ? ", in the output folder after \(Int(total.milliseconds)) ms" : "") + ")" : "")
        switch outcome {
        case .updated: configuration.log("built in \(milliseconds) ms\(cause): \(counts); pages reloaded")
        case .unchanged: configuration.log("built in \(milliseconds) ms\(cause): nothing changed")
        case .failed: configuration.log("build failed in \(milliseconds) ms\(cause): \(counts); serving the last good build")
        case .stale: configuration.log("build failed in \(milliseconds) ms\(cause): \(counts); a newer build is being served")
        }
    }

    /// A path relative to the working folder when it is inside it.
    static func display(_ path: String) -> String {
        let folder = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    /// Starts FlyingFox on a Unix socket in a private folder and waits until it listens; returns the gate in front.
    func startUpstream(handler: PreviewHandler) async throws -> RequestGate {
        let folder = try PrivateSocketFolder()
        socketFolder = folder
        let server = UpstreamServer(socketPath: folder.socketPath, handler: handler, logError: configuration.logError)
        upstream = server
        try await server.start()
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        gatePoolTask = Task { try? await pool.run() }
        return RequestGate(check: configuration.requestCheck, upstream: sockaddr_un.unix(path: folder.socketPath), pool: pool)
    }

    /// Listens on one address (the gate in front of FlyingFox) and returns the port it got.
    func listen(on address: ListenAddress, port: UInt16, gate: RequestGate) async throws -> UInt16 {
        let socket: Socket
        do {
            let socketAddress = try address.socketAddress(port: port)
            socket = try Socket(domain: Int32(type(of: socketAddress).family))
            do {
                try socket.setValue(true, for: .localAddressReuse)
                #if canImport(Darwin)
                try socket.setValue(true, for: .noSIGPIPE)
                #endif
                try socket.bind(to: socketAddress)
                try socket.listen()
            } catch {
                try? socket.close()
                throw error
            }
        } catch {
            throw ListenError(address: address, port: port, underlying: error)
        }
        let listener: AsyncSocket
        do {
            listener = try AsyncSocket(socket: socket, pool: gate.pool)
        } catch {
            try? socket.close()
            throw ListenError(address: address, port: port, underlying: error)
        }
        listeners.append(listener)
        gateTasks.append(Task { await gate.serve(listener) })
        let boundPort: UInt16 = switch try socket.sockname() {
        case .ip4(_, let port), .ip6(_, let port): port
        case .unix: port
        }
        urls.append("http://\(address.urlHost):\(boundPort)/")
        return boundPort
    }

    /// Why an address could not be listened on.
    public struct ListenError: Error, CustomStringConvertible {
        public var address: ListenAddress
        public var port: UInt16
        public var underlying: (any Error)?
        public var description: String {
            let reason: String
            switch underlying {
            case SocketError.failed(_, EADDRINUSE, _)?: reason = "the port is in use; stop the other server or pass --port"
            case SocketError.failed(_, _, let message)?: reason = message
            case let other?: reason = "\(other)"
            case nil: reason = "the server did not start"
            }
            return "cannot listen on \(address.urlHost):\(port): \(reason)"
        }
    }
}
