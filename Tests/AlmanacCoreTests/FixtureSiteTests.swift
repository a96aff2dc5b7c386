import Foundation
import Testing
@testable import AlmanacCore

/// Builds the small fixture site end to end and compares every output file with its golden copy.
/// Re-record with `ALMANAC_RECORD_GOLDEN=1 swift test --filter FixtureSiteTests`.
@Suite struct FixtureSiteTests {
    static let golden = TestSupport.fixtures.appendingPathComponent("sites/small/expected")

    @Test func smallSiteMatchesGoldenOutput() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("output")
        let result = BuildPipeline.run(TestSupport.options(content: TestSupport.smallSite.path, output: output.path))
        #expect(result.succeeded, "\(result.diagnostics)")
        let actual = try TestSupport.snapshot(output)
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try TestSupport.overlay(output, onto: Self.golden)
            return
        }
        let expected = try TestSupport.snapshot(Self.golden)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == bytes, "\(path) differs from its golden copy")
        }
    }

    @Test func smallSiteWarnings() throws {
        let result = BuildPipeline.run(TestSupport.options(content: TestSupport.smallSite.path, output: "/tmp/unused"), write: false)
        let root = TestSupport.smallSite.path + "/"
        #expect(result.diagnostics.map { $0.description.replacingOccurrences(of: root, with: "") } == [
            "report.yaml:18:13: warning: round.beacons is declared as 4 (the cover) but computes to 3 (Beacon awards (theme and lead authority) over all themes; themes/); the report prints 3 and notes the declared value",
            "themes/02-beta.md:13:51: warning: raw HTML is not rendered; use Markdown instead",
            "themes/02-beta.md:13:67: warning: raw HTML is not rendered; use Markdown instead",
        ])
    }

    @Test func strictModeTurnsWarningsIntoErrors() {
        var options = TestSupport.options(content: TestSupport.smallSite.path, output: "/tmp/unused")
        options.strict = true
        let result = BuildPipeline.run(options, write: false)
        #expect(!result.succeeded)
        #expect(result.warningCount == 0 && result.errorCount == 3)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try TestSupport.temporaryFolder().appendingPathComponent("output")
        let second = try TestSupport.temporaryFolder().appendingPathComponent("output")
        _ = BuildPipeline.run(TestSupport.options(content: TestSupport.smallSite.path, output: first.path))
        _ = BuildPipeline.run(TestSupport.options(content: TestSupport.smallSite.path, output: second.path))
        #expect(try TestSupport.snapshot(first) == TestSupport.snapshot(second))
    }

    @Test func buildDateComesOnlyFromOptions() throws {
        var options = TestSupport.options(content: TestSupport.smallSite.path, output: "/tmp/unused")
        let undated = BuildPipeline.run(options, write: false)
        options.buildDate = PartialDate("2009-06-30")
        let dated = BuildPipeline.run(options, write: false)
        let page = { (result: BuildResult) in String(decoding: result.files.first { $0.path == "index.html" }!.bytes, as: UTF8.self) }
        #expect(!page(undated).contains("Built "))
        #expect(page(dated).contains("Built 30 June 2009."))
    }
}
