import Foundation

/// Runs a program to completion for the release tests without holding a thread while it runs (the release build takes
/// minutes and the other tests share the thread pool); output is collected through files, which never fill up.
struct ChildProcess {
    var status: Int32
    var output: String
    var errors: String

    /// `environment` nil inherits this process's environment.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    in folder: URL? = nil) async throws -> ChildProcess {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outputFile = logs.appendingPathComponent("out"), errorsFile = logs.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile), errors = try FileHandle(forWritingTo: errorsFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try await withCheckedThrowingContinuation { (finished: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in finished.resume() }
            do { try process.run() } catch { finished.resume(throwing: error) }
        }
        try output.close()
        try errors.close()
        return ChildProcess(status: process.terminationStatus,
                            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                            errors: String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self))
    }

    /// The shared libraries `ldd` says a binary loads, by file name (`libc.so.6`, `ld-linux-x86-64.so.2`).
    static func sharedLibraries(of binary: URL) async throws -> [String] {
        let ldd = try await run("/usr/bin/env", ["ldd", binary.path])
        guard ldd.status == 0 else { throw LddFailure(description: "ldd \(binary.path): \(ldd.errors)\(ldd.output)") }
        return ldd.output.split(separator: "\n").compactMap { line in
            guard let first = line.split(whereSeparator: \.isWhitespace).first else { return nil }
            return first.split(separator: "/").last.map(String.init)
        }
    }

    /// ldd failed or found no dynamic section.
    struct LddFailure: Error, CustomStringConvertible {
        var description: String
    }
}
