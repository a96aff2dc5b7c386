import AlmanacStarter
import Foundation
import Testing

/// The `almanac` command as CI uses it: exit status, `--format json`, and `check` writing nothing.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func almanac(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = InterruptedBuildTests.binary
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func newWritesAStarterThatBuildsWithNoArgumentsAndRefusesToWriteTwice() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("annual-report")
        let new = try Self.almanac(["new", folder.path])
        #expect(new.status == 0)
        #expect(new.output.contains("Wrote a starter report to \(folder.path)"))
        let build = try Self.almanac(["build"], in: folder)
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.output.hasPrefix("8 pages, 19 figures computed, 0 warnings, 0 errors; wrote"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/index.html").path))
        let again = try Self.almanac(["new", folder.path])
        #expect(again.status == 1)
        #expect(again.errors.contains("error: \(folder.path) is not empty (it holds .gitignore, README.md, content, …)"))
        #expect(try String(contentsOf: folder.appendingPathComponent("content/report.yaml"), encoding: .utf8)
            == String(decoding: try #require(StarterFiles.all.first { $0.path == "content/report.yaml" }).data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func invalidContentFailsWithLocatedJSONDiagnostics() throws {
        let site = try InvalidInputTests.site(for: "negative-delegates")
        let output = site.appendingPathComponent("output")
        let run = try Self.almanac(["check", "--content", site.appendingPathComponent("content").path,
                               "--templates", TestSupport.templates, "--format", "json"])
        #expect(run.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        let error = try #require(diagnostics.first { $0["severity"] as? String == "error" })
        #expect((error["file"] as? String)?.hasSuffix("content/records/events.yaml") == true)
        #expect(error["line"] as? Int == 4)
        #expect(error["column"] as? Int == 14)
        #expect((document["summary"] as? [String: Any])?["wrote_output"] as? Bool == false)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func checkSucceedsWithoutWritingAndStrictFailsOnWarnings() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("output")
        // check takes no --output: it writes nothing, anywhere.
        let arguments = ["check", "--content", TestSupport.smallSite.path, "--templates", TestSupport.templates]
        let check = try Self.almanac(arguments)
        #expect(check.status == 0)
        #expect(check.output.contains("0 errors"))
        #expect(check.errors.contains("report.yaml:18:13: warning: round.beacons is declared as 4"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try Self.almanac(arguments + ["--strict"]).status == 1)
        #expect(try Self.almanac(["build", "--no-such-flag"]).status == 64)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func aBuildDateBeyondYear9999IsAUsageError() throws {
        let site = try InvalidInputTests.site(for: nil)
        let arguments = ["check", "--content", site.appendingPathComponent("content").path,
                         "--templates", site.appendingPathComponent("templates").path]
        #expect(try Self.almanac(arguments, environment: ["SOURCE_DATE_EPOCH": "99999999999999"]).status == 64)
        #expect(try Self.almanac(arguments, environment: ["SOURCE_DATE_EPOCH": "253402300799"]).status == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func versionIsPrintedAndCheckOffersOnlyWhatItUses() throws {
        let version = try Self.almanac(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.4.0")
        #expect(try Self.almanac(["--help"]).output.contains("--version"))
        let check = try Self.almanac(["check", "--help"])
        #expect(check.status == 0 && check.output.contains("--content") && check.output.contains("--strict"))
        #expect(!check.output.contains("--output") && !check.output.contains("--replace-output"))
        #expect(try Self.almanac(["build", "--help"]).output.contains("--output"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: InterruptedBuildTests.binary.path)))
    func quietPrintsErrorsOnlyAndVerboseAddsVersionsAndTimings() throws {
        let arguments = ["check", "--content", TestSupport.smallSite.path, "--templates", TestSupport.templates]
        let quiet = try Self.almanac(arguments + ["--quiet"])
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.errors.isEmpty, "\(quiet)")
        let verbose = try Self.almanac(arguments + ["--verbose"])
        #expect(verbose.status == 0 && verbose.output.contains("0 errors"))
        #expect(verbose.errors.hasPrefix("almanac 0.4.0, libcmark 0.30"))
        #expect(verbose.errors.contains("warning: round.beacons") && verbose.errors.contains("aggregate"))
        #expect(try Self.almanac(arguments + ["--quiet", "--verbose"]).status == 64)
    }
}
