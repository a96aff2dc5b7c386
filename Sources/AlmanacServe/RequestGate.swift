import FlyingSocks
import Foundation
#if os(Linux)
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
    /// The most bytes discarded after a refusal.
    let lingeringBytes = 1 << 20

    /// What came of reading a connection's request head.
    enum Head {
        case accepted([UInt8])
        case refused(RequestRefusal)
        /// Closed, or silent until the time ran out: nothing to answer.
        case nothing
    }

    /// Accepts connections and relays each one until the task is cancelled or the listener is closed.
    func serve(_ listener: AsyncSocket) async {
        await withDiscardingTaskGroup { group in
            do {
                for try await client in listener.sockets {
                    group.addTask { await relay(client) }
                }
            } catch {
                // The listener was closed or the task cancelled: the preview is stopping.
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
                do { return try await client.read(atMost: wanted) } catch SocketError.disconnected { return [] }
            }
            guard let chunk else { return received.isEmpty ? .nothing : .refused(.tooSlow) }
            if chunk.isEmpty { return .nothing }
            received += chunk
            let verdict = received.withUnsafeBytes { check.verdict($0) }
            if case .complete(let length) = verdict { return .accepted(Array(received[..<length])) }
            if let refusal = RequestRefusal(verdict, check: check) { return .refused(refusal) }
        }
    }

    /// Sends the head to FlyingFox on a fresh connection and copies its answer back until FlyingFox closes it.
    func forward(_ head: [UInt8], to client: AsyncSocket) async throws {
        let server = try await AsyncSocket.connected(to: upstream, pool: pool)
        defer { try? server.close() }
        Self.neverSignalOnWrite(server)
        try await server.write(Data(RequestHeadCheck.closingConnection(head)))
        while true {
            let chunk: [UInt8]
            do { chunk = try await server.read(atMost: 64 * 1024) } catch SocketError.disconnected { return }
            try await client.write(Data(chunk))
        }
    }

    /// Answers, stops sending, reads and discards what the client still sends for a moment, then returns to close.
    func refuse(_ refusal: RequestRefusal, on client: AsyncSocket) async throws {
        let deadline = ContinuousClock.now + lingering
        guard try await Self.withDeadline(deadline, { try await client.write(Data(refusal.response)) }) != nil else { return }
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        var discarded = 0
        while discarded < lingeringBytes {
            let chunk = try await Self.withDeadline(deadline) { () async throws -> [UInt8] in
                do { return try await client.read(atMost: 64 * 1024) } catch SocketError.disconnected { return [] }
            }
            guard let chunk, !chunk.isEmpty else { return }
            discarded += chunk.count
        }
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
