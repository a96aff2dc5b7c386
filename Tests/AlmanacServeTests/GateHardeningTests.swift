@testable import AlmanacServe
import FlyingFox
import FlyingSocks
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Heads the gate and FlyingFox could read differently are refused with 400, and connections the gate forwarded
/// end with their client, or with a 504 when FlyingFox never starts answering: nothing holds descriptors for good.
@Suite(.serialized) struct GateHardeningTests {
    let server = OversizedRequestTests()

    func head(_ fields: String, port: UInt16) -> [UInt8] {
        Array("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(fields)\r\n".utf8)
    }

    @Test(.timeLimit(.minutes(2)))
    func refusesWhitespaceBeforeTheColonWith400AndCloses() async throws {
        try await server.withServer { client in
            let padded = "Content-Length" + String(repeating: " ", count: 30) + ": 5\r\n"
            for fields in ["Host : x\r\n", padded, "X-A: 1\r\n folded\r\n"] {
                // `exchange` reads until the server closes: returning at all means the connection was closed.
                let response = try await client.exchange(head(fields, port: client.port), within: 10)
                #expect(response.status == 400)
                #expect(response.headers["connection"] == "close")
            }
            #expect(try await client.get("/", within: 10).status == 200)
        }
    }

    #if os(Linux)
    /// Open descriptors of this process.
    static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    @Test(.timeLimit(.minutes(2)))
    func releasesDescriptorsWhenClientsGoAway() async throws {
        try await server.withServer { client in
            #expect(try await client.get("/", within: 10).status == 200)
            let baseline = Self.openDescriptors()
            let padded = head("Content-Length" + String(repeating: " ", count: 30) + ": 5\r\n", port: client.port)
            var sockets: [Int32] = []
            for _ in 0..<50 {
                let socket = try RawHTTPClient.connect(port: client.port)
                sockets.append(socket)
                _ = send(socket, padded, padded.count, Int32(MSG_NOSIGNAL))
            }
            var streams: [EventStreamReader] = []
            for _ in 0..<10 {
                let stream = try await client.openEventStream()
                _ = try await stream.next("event: hello", timeout: 20)
                streams.append(stream)
            }
            sockets.forEach { _ = close($0) }
            streams.removeAll()
            // A failure bound, not a speed goal; other suites may hold a few descriptors meanwhile.
            let deadline = Date().addingTimeInterval(20)
            while Self.openDescriptors() > baseline + 20, Date() < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(Self.openDescriptors() <= baseline + 20, "baseline \(baseline)")
            #expect(try await client.get("/", within: 10).status == 200)
        }
    }
    #endif

    @Test(.timeLimit(.minutes(2)))
    func answers504WhenFlyingFoxNeverStartsAnswering() async throws {
        let folder = try PrivateSocketFolder()
        defer { folder.remove() }
        let upstream = sockaddr_un.unix(path: folder.socketPath)
        let silent = try Socket(domain: Int32(AF_UNIX))
        defer { try? silent.close() }
        try silent.bind(to: upstream)
        try silent.listen() // Connections wait in the backlog, never accepted, never answered.
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let poolTask = Task { try? await pool.run() }
        defer { poolTask.cancel() }
        var gate = RequestGate(check: RequestHeadCheck(), upstream: upstream, pool: pool)
        gate.answerTimeout = .seconds(1)
        let socket = try Socket(domain: Int32(AF_INET))
        try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: 0))
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        let serving = Task { await gate.serve(listener) }
        defer { serving.cancel(); try? listener.close() }
        guard case .ip4(_, let port) = try socket.sockname() else { throw RawHTTPClient.Failure(description: "no port") }
        let response = try await RawHTTPClient(port: port).get("/", within: 20)
        #expect(response.status == 504)
    }
}
