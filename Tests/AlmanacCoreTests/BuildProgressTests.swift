@testable import AlmanacCore
import Foundation
import Testing

/// Progress on a terminal: a line for builds over a second, and nothing at all in pipes, CI logs or under --quiet.
@Suite struct BuildProgressTests {
    /// Runs `almanac` with a pseudo-terminal as its standard error, through util-linux's `script`.
    static func almanacOnTerminal(_ arguments: [String], delayMilliseconds: Int) throws -> String {
        let command = ([InterruptedBuildTests.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["ALMANAC_PROGRESS_DELAY_MS": String(delayMilliseconds), "TERM": "xterm"]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static var canRun: Bool {
        FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/script")
    }

    @Test func lineNamesTheStageThenPagesRenderedOfTotal() {
        #expect(ProgressLine(stage: "parse").text == "almanac: reading content…")
        #expect(ProgressLine(stage: "render", pagesRendered: 1234, pagesTotal: 10_000).text
            == "almanac: rendered 1,234 of 10,000 pages (12%)")
        #expect(ProgressLine(stage: "render", pagesRendered: 17, pagesTotal: 17).text == "almanac: rendered 17 of 17 pages (100%)")
        #expect(ProgressLine(stage: "render").text == "almanac: rendering pages…")
        #expect(FigureFormat.grouped(999) == "999" && FigureFormat.grouped(1_000_000) == "1,000,000")
    }

    @Test(.enabled(if: canRun)) func terminalSeesEveryPageCountedAndTheLineClearedBeforeTheSummary() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("output")
        let text = try Self.almanacOnTerminal(["build", "--content", TestSupport.smallSite.path, "--templates", TestSupport.templates,
                                               "--output", output.path], delayMilliseconds: 0)
        #expect(text.hasPrefix("\ralmanac: reading files…"))
        let pages = try #require(text.firstRange(of: /rendered (\d+) of (\d+) pages \(100%\)/))
        #expect(text[pages].contains("of \(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".html") && $0 != "print.html" }.count) pages"))
        // The last progress text is overwritten with spaces before the summary line is printed.
        let summary = try #require(text.range(of: "pages, "))
        #expect(text[..<summary.lowerBound].hasSuffix("\r") || text[..<summary.lowerBound].contains(" \r"))
    }

    @Test(.enabled(if: canRun)) func shortBuildsQuietRunsAndJSONShowNoProgress() throws {
        let common = ["check", "--content", TestSupport.smallSite.path, "--templates", TestSupport.templates]
        #expect(!(try Self.almanacOnTerminal(common, delayMilliseconds: 60_000)).contains("almanac:"))
        #expect(!(try Self.almanacOnTerminal(common + ["--quiet"], delayMilliseconds: 0)).contains("almanac:"))
        #expect(!(try Self.almanacOnTerminal(common + ["--format", "json"], delayMilliseconds: 0)).contains("almanac:"))
    }

    @Test(.enabled(if: canRun)) func pipesAndCILogsSeeNoProgressEvenForSlowBuilds() throws {
        let run = try CommandLineTests.almanac(["check", "--content", TestSupport.smallSite.path, "--templates", TestSupport.templates],
                                               environment: ["ALMANAC_PROGRESS_DELAY_MS": "0"])
        #expect(run.status == 0)
        #expect(!run.errors.contains("\r") && !run.errors.contains("almanac:"))
        #expect(!run.output.contains("\r"))
    }
}
