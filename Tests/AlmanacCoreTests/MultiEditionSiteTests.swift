import Foundation
import Testing
@testable import AlmanacCore

/// A site of several editions: each edition under `output/<slug>/`, compared with the one its `previous: ../slug`
/// names, a landing page newest first with trend charts, theme pages linking to the same theme in other editions.
@Suite struct MultiEditionSiteTests {
    /// The Northshire example as one site: content/editions/{2023,2024}, 2024 naming ../2023 as its previous.
    static func site(adding extra: [String] = []) throws -> (content: URL, output: URL) {
        let work = try TestSupport.temporaryFolder()
        let editions = work.appendingPathComponent("content/editions")
        for slug in ["2023", "2024"] + extra {
            let source = ExampleEditionsTests.editions.appendingPathComponent(extra.contains(slug) ? "2024" : slug)
            try TestSupport.overlay(source, onto: editions.appendingPathComponent(slug))
            try? FileManager.default.removeItem(at: editions.appendingPathComponent("\(slug)/data"))
        }
        let chain = [("2024", "2023")] + extra.enumerated().map { offset, slug in (slug, offset == 0 ? "2024" : extra[offset - 1]) }
        for (slug, previous) in chain {
            let report = editions.appendingPathComponent("\(slug)/report.yaml")
            var text = try String(contentsOf: report, encoding: .utf8)
                .replacingOccurrences(of: "previous: ../2023", with: "previous: ../\(previous)")
            if slug != "2024" { text = text.replacingOccurrences(of: "edition: \"2024\"", with: "edition: \"\(slug)\"") }
            try TestSupport.write(text, to: report)
        }
        return (work.appendingPathComponent("content"), work.appendingPathComponent("output"))
    }

    static func page(_ result: BuildResult, _ path: String) throws -> String {
        String(decoding: try #require(result.files.first { $0.path == path }, "\(path)").bytes, as: UTF8.self)
    }

    @Test func eachEditionHasItsFolderAndTheLandingPageListsThemNewestFirst() throws {
        let (content, output) = try Self.site()
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: true)
        #expect(result.succeeded && result.diagnostics.isEmpty, "\(result.diagnostics)")
        for path in ["index.html", "assets/style.css", "2023/index.html", "2023/early-years.html", "2023/data/figures.json",
                     "2024/index.html", "2024/print.html", "2024/figures.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        let landing = try Self.page(result, "index.html")
        let newer = try #require(landing.range(of: "href=\"2024/index.html\"")), older = try #require(landing.range(of: "href=\"2023/index.html\""))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(landing.contains("Sessions, edition by edition") && landing.contains("38 in 2023; 46 in 2024."))
        // A figure counted differently in 2024 has no trend chart.
        #expect(!landing.contains("Activities, edition by edition"))
        #expect(try Self.page(result, "2024/index.html").contains("<span class=\"figure-change\">up 8 on 2023 (38)</span>"))
        #expect(try Self.page(result, "2024/early-years.html").contains("<a href=\"../2023/early-years.html\">2023</a>"))
        #expect(try Self.page(result, "2023/early-years.html").contains("<a href=\"../2024/early-years.html\">2024</a>"))
    }

    @Test func aNewerEditionLeavesEveryOlderURLAndFigureInPlace() throws {
        let (content, output) = try Self.site()
        let before = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        let (laterContent, laterOutput) = try Self.site(adding: ["2025"])
        let after = BuildPipeline.run(TestSupport.options(content: laterContent.path, output: laterOutput.path), write: false)
        #expect(after.succeeded, "\(after.diagnostics)")
        #expect(Set(before.files.map(\.path)).isSubset(of: Set(after.files.map(\.path))))
        for path in ["2023/data/figures.json", "2024/data/figures.json", "2023/data/figures.csv"] {
            #expect(try Self.page(before, path) == Self.page(after, path), "\(path) changed")
        }
        #expect(try Self.page(after, "index.html").contains("46 in 2024; 46 in 2025."))
        #expect(try Self.page(after, "2025/index.html").contains("<span class=\"figure-change\">the same as in 2024</span>"))
    }

    @Test func aPreviousEditionThatIsNotThereIsALocatedError() throws {
        let (content, _) = try Self.site()
        let report = content.appendingPathComponent("editions/2024/report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "previous: ../2023", with: "previous: ../2032"),
                              to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: "/tmp/unused"), write: false)
        let problem = try #require(result.diagnostics.first { $0.message.contains("\"2032\"") })
        #expect(problem.message == "previous: names the edition \"2032\", which is not in editions/")
        #expect(problem.hint == "did you mean \"2023\"?")
        #expect(problem.location?.path.hasSuffix("editions/2024/report.yaml") == true)
    }

    @Test func aSiblingPreviousInASingleReportIsAnError() throws {
        let (_, content, _) = try TestSupport.smallSiteCopy()
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "previous: ../round-0\n", to: report)
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: "/tmp/unused"), write: false)
        #expect(result.diagnostics.contains { $0.message.contains("names another edition's folder, which only a site of several editions has") })
    }
}
