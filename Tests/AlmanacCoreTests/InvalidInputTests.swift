import Foundation
import Testing
@testable import AlmanacCore

/// One folder per invalid input under `Fixtures/invalid/`: files laid over the small fixture site
/// (`content/…`, `templates/…`), an optional `remove.txt`, an optional `drop-lines.txt` (lines `PATH: PREFIX`: the
/// site file's lines starting with PREFIX are deleted), optional `append/PATH` and `prepend/PATH` files (added to the end or
/// the start of the site's file, so a case does not copy a whole file that changes as Almanac grows), and `expected-diagnostics.txt`, which lists
/// the diagnostics the case adds to those of the valid site, paths relative to the site folder.
/// Re-record with `ALMANAC_RECORD_GOLDEN=1`.
@Suite struct InvalidInputTests {
    static let casesFolder = TestSupport.fixtures.appendingPathComponent("invalid")
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []).sorted()

    static func diagnostics(building site: URL) -> [String] {
        let options = TestSupport.options(content: site.appendingPathComponent("content").path,
                                          output: site.appendingPathComponent("output").path,
                                          templates: site.appendingPathComponent("templates").path)
        let result = BuildPipeline.run(options, write: true)
        return result.diagnostics.map { $0.description.replacingOccurrences(of: site.path + "/", with: "") }
    }

    static func site(for name: String?) throws -> URL {
        let site = try TestSupport.temporaryFolder("almanac-invalid")
        try TestSupport.overlay(TestSupport.smallSite, onto: site.appendingPathComponent("content"))
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: site.appendingPathComponent("templates"))
        guard let name else { return site }
        let folder = casesFolder.appendingPathComponent(name)
        for part in ["content", "templates"] {
            try TestSupport.overlay(folder.appendingPathComponent(part), onto: site.appendingPathComponent(part))
        }
        if let drops = try? String(contentsOf: folder.appendingPathComponent("drop-lines.txt"), encoding: .utf8) {
            for line in drops.split(separator: "\n") {
                guard let colon = line.firstRange(of: ": ") else { continue }
                let file = site.appendingPathComponent(String(line[..<colon.lowerBound]))
                let prefix = String(line[colon.upperBound...])
                let kept = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix(prefix) }
                try TestSupport.write(kept.joined(separator: "\n"), to: file)
            }
        }
        for end in ["append", "prepend"] {
            for (path, data) in try TestSupport.snapshot(folder.appendingPathComponent(end)) {
                let file = site.appendingPathComponent(path)
                let (text, added) = (try String(contentsOf: file, encoding: .utf8), String(decoding: data, as: UTF8.self))
                try TestSupport.write(end == "append" ? text + added : added + text, to: file)
            }
        }
        if let removals = try? String(contentsOf: folder.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for line in removals.split(separator: "\n") where !line.isEmpty {
                try FileManager.default.removeItem(at: site.appendingPathComponent(String(line)))
            }
        }
        return site
    }

    @Test func thereAreInvalidCases() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func invalidInputGivesItsDiagnostics(_ name: String) throws {
        let baseline = Set(Self.diagnostics(building: try Self.site(for: nil)))
        let site = try Self.site(for: name)
        let all = Self.diagnostics(building: site)
        let added = all.filter { !baseline.contains($0) }
        let expectedFile = Self.casesFolder.appendingPathComponent(name).appendingPathComponent("expected-diagnostics.txt")
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD_GOLDEN"] == "1" {
            try TestSupport.write(added.joined(separator: "\n") + "\n", to: expectedFile)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(added == expected)
        #expect(all.contains { $0.contains(": error: ") }, "an invalid case must fail the build")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path), "nothing may be written")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains(".almanac-tmp-") }
        #expect(leftovers.isEmpty, "no staging folder may be left behind")
    }
}
