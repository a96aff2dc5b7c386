import Foundation
import Testing

/// A build killed with SIGKILL at any moment leaves either the old or the new complete `output/`,
/// and nothing in the way of the next build.
@Suite struct InterruptedBuildTests {
    static let binary = TestSupport.repositoryRoot.appendingPathComponent(".build/debug/almanac")

    private func run(_ arguments: [String], killAfter delay: Duration? = nil) async throws -> Int32 {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let delay {
            try await Task.sleep(for: delay)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func sigkillMidBuildNeverLeavesAHalfWrittenSite() async throws {
        let work = try TestSupport.temporaryFolder()
        let oldContent = work.appendingPathComponent("old"), newContent = work.appendingPathComponent("new")
        try TestSupport.overlay(TestSupport.repositoryRoot.appendingPathComponent("content"), onto: oldContent)
        try TestSupport.overlay(TestSupport.repositoryRoot.appendingPathComponent("content"), onto: newContent)
        let report = newContent.appendingPathComponent("report.yaml")
        let text = try String(contentsOf: report, encoding: .utf8)
        try TestSupport.write(text.replacingOccurrences(of: "edition: Round 9", with: "edition: Round Nine"), to: report)
        let output = work.appendingPathComponent("output")
        let templates = TestSupport.templates
        func build(_ content: URL, killAfter: Duration? = nil) async throws -> Int32 {
            try await run(["build", "--content", content.path, "--templates", templates, "--output", output.path], killAfter: killAfter)
        }
        #expect(try await build(newContent) == 0)
        let newSite = try TestSupport.snapshot(output)
        #expect(try await build(oldContent) == 0)
        let oldSite = try TestSupport.snapshot(output)
        #expect(oldSite != newSite)
        for milliseconds in [5, 20, 60, 120, 200, 300, 400] {
            _ = try await build(newContent, killAfter: .milliseconds(milliseconds))
            let site = try TestSupport.snapshot(output)
            #expect(site == oldSite || site == newSite, "killed after \(milliseconds) ms: output is neither the old nor the new site")
            #expect(try await build(oldContent) == 0, "the next build must succeed after a kill")
            #expect(try TestSupport.snapshot(output) == oldSite)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains("almanac-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
    func buildsInSeparateProcessesTakeTurns() async throws {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content"), output = work.appendingPathComponent("output")
        try TestSupport.overlay(TestSupport.repositoryRoot.appendingPathComponent("content"), onto: content)
        let arguments = ["build", "--content", content.path, "--templates", TestSupport.templates, "--output", output.path]
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<3 { group.addTask { try await run(arguments) } }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        #expect(statuses == [0, 0, 0])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["content", "output"])
    }
}
