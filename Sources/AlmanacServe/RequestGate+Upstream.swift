import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gate's side of the path to FlyingFox: connecting (patiently when file descriptors run out), and copying
/// the answer back while watching the client, so that either side ending ends both connections.
extension RequestGate {
    /// Sends the head to FlyingFox on a fresh connection and copies its answer back until FlyingFox closes it,
    /// the client goes away, or FlyingFox has not started answering within `answerTimeout` (504).
    func forward(_ head: [UInt8], to client: AsyncSocket) async throws {
        guard let server = await connectUpstream() else { return try await refuse(.unavailable, on: client) }
        defer { try? server.close() }
        Self.neverSignalOnWrite(server)
        try await server.write(Data(RequestHeadCheck.closingConnection(head)))
        let answered = await withTaskGroup(of: Bool?.self) { group in
            group.addTask { await copyAnswer(from: server, to: client) }
            group.addTask {
                // A client that only half-closed still gets an answer that is ready within `lingering`.
                await discardUntilClosed(client)
                try? await Task.sleep(for: lingering)
                return nil
            }
            defer { group.cancelAll() }
            return await group.next() ?? nil
        }
        if answered == false { try await refuse(.noAnswer, on: client) }
    }

    /// Copies FlyingFox's answer to the client; false when its first bytes did not come within `answerTimeout`.
    func copyAnswer(from server: AsyncSocket, to client: AsyncSocket) async -> Bool {
        do {
            let first = try await Self.withDeadline(.now + answerTimeout) { () async throws -> [UInt8] in
                try await Self.readChunk(server)
            }
            guard var chunk = first else { return false }
            while !chunk.isEmpty {
                try await client.write(Data(chunk))
                chunk = try await Self.readChunk(server)
            }
        } catch {
            // Either side failed: both connections are closed.
        }
        return true
    }

    /// Reads and drops what the client sends after its head (FlyingFox gets nothing more), and returns when the
    /// client closes or sends more than `lingeringBytes`.
    func discardUntilClosed(_ client: AsyncSocket) async {
        var discarded = 0
        while discarded < lingeringBytes, !Task.isCancelled {
            guard let chunk = try? await Self.readChunk(client), !chunk.isEmpty else { return }
            discarded += chunk.count
        }
    }

    /// A connection to FlyingFox, retried for up to `upstreamPatience` while file descriptors run out or FlyingFox
    /// is being restarted; nil when it cannot be had. A failed attempt closes its socket.
    func connectUpstream() async -> AsyncSocket? {
        let deadline = ContinuousClock.now + upstreamPatience
        var pause = Duration.milliseconds(10)
        while !Task.isCancelled {
            var made: Socket?
            do {
                let socket = try Socket(domain: Int32(AF_UNIX), type: .stream)
                made = socket
                let connection = try AsyncSocket(socket: socket, pool: pool)
                try await connection.connect(to: upstream)
                return connection
            } catch {
                try? made?.close()
                let retryable = Self.isResourceShortage(error) || Self.errno(of: error).map { [ECONNREFUSED, ENOENT, EAGAIN].contains($0) } == true
                guard retryable, ContinuousClock.now + pause < deadline else { return nil }
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, .milliseconds(200))
            }
        }
        return nil
    }

    /// The errno of a failed socket call.
    static func errno(of error: any Error) -> Int32? {
        guard case SocketError.failed(_, let code, _) = error else { return nil }
        return code
    }

    /// Whether a failed accept or connect only ran out of descriptors, buffers or memory, or lost one connection:
    /// worth trying again later rather than giving up.
    static func isResourceShortage(_ error: any Error) -> Bool {
        guard let code = errno(of: error) else { return false }
        return [EMFILE, ENFILE, ENOBUFS, ENOMEM, ECONNABORTED, EINTR, EPROTO, EPERM].contains(code)
    }
}
