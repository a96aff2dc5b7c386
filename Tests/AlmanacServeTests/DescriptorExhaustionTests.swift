import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `almanac serve` in a child process limited to 120 descriptors (`ulimit -n`): a burst of live-reload streams
/// exhausts them, which kills FlyingFox's listener (FlyingFox 0.27.1 stops on the first failed accept); once the
/// streams close, the preview answers again instead of sending empty replies for good.
@Suite struct DescriptorExhaustionTests {
    static let binary = LiveServerTests.repository.appendingPathComponent(".build/debug/almanac")

    /// Reads the child's output until it names the port it serves on.
    static func port(from output: FileHandle, within seconds: TimeInterval) throws -> UInt16 {
        let deadline = Date().addingTimeInterval(seconds)
        var text = ""
        while Date() < deadline {
            let data = output.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let address = text[range]
                return UInt16(address.split(separator: ":").last!.dropLast())!
            }
        }
        throw RawHTTPClient.Failure(description: "no serving line in: \(text)")
    }

    @Test(.timeLimit(.minutes(2)), .enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func keepsAnsweringAfterABurstThatExhaustsDescriptors() async throws {
        let site = try PreviewSiteCopy(label: "fds")
        let folder = site.folder, content = site.content, templates = site.templates
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 120 && exec \"$0\" serve --host 127.0.0.1 --port 0 --content \"$1\" "
                             + "--templates \"$2\" --output \"$3\"",
                             Self.binary.path, content.path, templates.path, folder.appendingPathComponent("output").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let port = try Self.port(from: output.fileHandleForReading, within: 60)
        let client = RawHTTPClient(port: port)
        #expect(try await client.get("/", within: 10).status == 200)
        var streams: [EventStreamReader] = []
        for _ in 0..<80 {
            guard let stream = try? await client.openEventStream() else { break }
            streams.append(stream)
        }
        _ = try? await client.get("/", within: 5) // May go unanswered while descriptors are exhausted.
        streams.removeAll()
        // A failure bound, not a speed goal: FlyingFox is restarted after a pause of at most 2 s.
        let deadline = Date().addingTimeInterval(30)
        var status = 0
        while status != 200, Date() < deadline {
            status = (try? await client.get("/", within: 5).status) ?? 0
            if status != 200 { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(status == 200)
        #expect(process.isRunning)
    }
}
