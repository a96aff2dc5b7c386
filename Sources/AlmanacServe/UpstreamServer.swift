import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs FlyingFox on the private Unix socket and keeps it running: FlyingFox 0.27 stops listening for good when one
/// accept fails (EMFILE when file descriptors run out), so a listener that dies after it started is started again,
/// after a pause that grows while it keeps dying, and the restart is logged.
actor UpstreamServer {
    let socketPath: String
    let handler: PreviewHandler
    let logError: @Sendable (String) -> Void
    private var server: HTTPServer?
    private var supervisor: Task<Void, Never>?
    /// Set once FlyingFox first listened: from then on a stop that `stop()` did not ask for is a failure to recover.
    private var started = false
    private var stopping = false

    init(socketPath: String, handler: PreviewHandler, logError: @escaping @Sendable (String) -> Void) {
        self.socketPath = socketPath
        self.handler = handler
        self.logError = logError
    }

    /// Starts FlyingFox and returns once it listens; throws when it cannot start.
    func start() async throws {
        let first = makeServer()
        let (outcomes, outcome) = AsyncStream.makeStream(of: (any Error)?.self)
        supervisor = Task { await self.supervise(first, startup: outcome) }
        Task {
            try? await first.waitUntilListening(timeout: 10)
            outcome.yield(nil)
        }
        for await failure in outcomes {
            if let failure { throw failure }
            break
        }
        guard await first.isListening else {
            throw PrivateSocketFolder.Failure(description: "the preview's HTTP server did not start on \(socketPath)")
        }
        started = true
    }

    /// Stops FlyingFox for good.
    func stop() async {
        stopping = true
        supervisor?.cancel()
        supervisor = nil
        await server?.stop(timeout: 0)
        server = nil
    }

    private func makeServer() -> HTTPServer {
        let made = HTTPServer(address: sockaddr_un.unix(path: socketPath), logger: .disabled, handler: handler)
        server = made
        return made
    }

    /// Runs `first`, then, each time a server that had been listening stops on its own, a new one on the same path.
    private func supervise(_ first: HTTPServer, startup: AsyncStream<(any Error)?>.Continuation) async {
        var current = first
        var pause = Duration.milliseconds(50)
        while true {
            let began = ContinuousClock.now
            var failure: any Error = PrivateSocketFolder.Failure(description: "it stopped listening")
            do { try await current.run() } catch { failure = error }
            guard started, !stopping, !Task.isCancelled else {
                startup.yield(failure)
                startup.finish()
                return
            }
            if ContinuousClock.now - began > .seconds(30) { pause = .milliseconds(50) }
            logError("almanac: the preview's HTTP server stopped (\(failure)); starting it again")
            try? await Task.sleep(for: pause)
            pause = min(pause * 2, .seconds(2))
            guard !stopping, !Task.isCancelled else { return }
            _ = unlink(socketPath)
            current = makeServer()
        }
    }
}
