import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Takes the connections browsers make and hands FlyingFox, listening on a private Unix socket, only request heads
/// that arrived whole and within `RequestHeadCheck`'s limits; oversized, slow or body-carrying requests are answered
/// here (414, 431, 413, 408) and closed, so FlyingFox's byte-by-byte parser, which needs seconds for a 100 KB line,
/// never sees them. FlyingFox reads straight from its sockets, so checking in front of it is the only way to do
/// this without changing FlyingFox. One request per connection: every answer says `Connection: close`.
struct RequestGate: Sendable {
    let check: RequestHeadCheck
    /// Where FlyingFox listens.
    let upstream: sockaddr_un
    /// The pool the gate's own sockets wait on (not FlyingFox's).
    let pool: any AsyncSocketPool
    /// After a refusal, how long the gate keeps reading and discarding, so the client reads the answer, not a reset.
    let lingering: Duration = .seconds(2)
    /// The most bytes discarded after a refusal, or while FlyingFox answers.
    let lingeringBytes = 1 << 20
    /// How long FlyingFox may take to start answering a forwarded head (then 504); once it has started, an answer
    /// such as the live-reload stream may go on for as long as the client stays.
    var answerTimeout: Duration = .seconds(30)
    /// How long the gate keeps trying to reach FlyingFox when it is restarting or file descriptors run out (then 503).
    var upstreamPatience: Duration = .seconds(2)

    /// What came of reading a connection's request head.
    enum Head {
        case accepted([UInt8])
        case refused(RequestRefusal)
        /// Closed, or silent until the time ran out: nothing to answer.
        case nothing
    }

    /// Accepts connections and relays each one until the task is cancelled or the listener is closed. Running out
    /// of file descriptors (or memory) only pauses accepting, with a growing pause, so the listener never dies of it.
    func serve(_ listener: AsyncSocket) async {
        let open = OpenConnectionCount()
        await withDiscardingTaskGroup { group in
            var pause = Duration.milliseconds(10)
            while !Task.isCancelled {
                do {
                    let client = try await listener.accept()
                    pause = .milliseconds(10)
                    guard open.enter(limit: check.openConnectionLimit) else {
                        try? client.close()
                        continue
                    }
                    group.addTask {
                        await relay(client)
                        open.leave()
                    }
                } catch where Self.isResourceShortage(error) {
                    try? await Task.sleep(for: pause)
                    pause = min(pause * 2, .seconds(1))
                } catch {
                    break // The listener was closed or the task cancelled: the preview is stopping.
                }
            }
            group.cancelAll()
        }
    }

    func relay(_ client: AsyncSocket) async {
        defer { try? client.close() }
        Self.neverSignalOnWrite(client)
        do {
            switch try await readHead(from: client) {
            case .accepted(let head): try await forward(head, to: client)
            case .refused(let refusal): try await refuse(refusal, on: client)
            case .nothing: return
            }
        } catch {
            // A connection that fails mid-way is simply closed.
        }
    }

    /// Reads until the head is whole, over a limit, or late; at most `check.inspectedBytes` bytes.
    func readHead(from client: AsyncSocket) async throws -> Head {
        let deadline = ContinuousClock.now + check.headTimeout
        var received: [UInt8] = []
        while true {
            let wanted = check.inspectedBytes - received.count
            let chunk = try await Self.withDeadline(deadline) { () async throws -> [UInt8] in
                try await Self.readChunk(client, atMost: wanted)
            }
            guard let chunk else { return received.isEmpty ? .nothing : .refused(.tooSlow) }
            if chunk.isEmpty { return .nothing }
            received += chunk
            let verdict = received.withUnsafeBytes { check.verdict($0) }
            if case .complete(let length) = verdict { return .accepted(Array(received[..<length])) }
            if let refusal = RequestRefusal(verdict, check: check) { return .refused(refusal) }
        }
    }

    /// Answers, stops sending, reads and discards what the client still sends for a moment, then returns to close.
    func refuse(_ refusal: RequestRefusal, on client: AsyncSocket) async throws {
        let deadline = ContinuousClock.now + lingering
        guard try await Self.withDeadline(deadline, { try await client.write(Data(refusal.response)) }) != nil else { return }
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        _ = try await Self.withDeadline(deadline) { await discardUntilClosed(client) }
    }

    /// Up to `count` bytes from a socket; a closed connection reads as nothing.
    static func readChunk(_ socket: AsyncSocket, atMost count: Int = 64 * 1024) async throws -> [UInt8] {
        do { return try await socket.read(atMost: count) } catch SocketError.disconnected { return [] }
    }

    /// Linux sockets are written with MSG_NOSIGNAL; on Darwin a write to a closed peer raises SIGPIPE unless asked not to.
    static func neverSignalOnWrite(_ socket: AsyncSocket) {
        #if canImport(Darwin)
        try? socket.socket.setValue(true, for: .noSIGPIPE)
        #endif
    }

    /// Runs `body` until it finishes (its result) or `deadline` passes (nil; `body` is cancelled).
    static func withDeadline<T: Sendable>(_ deadline: ContinuousClock.Instant,
                                          _ body: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
