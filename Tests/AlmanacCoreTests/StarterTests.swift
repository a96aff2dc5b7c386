@testable import AlmanacCore
import AlmanacStarter
import Foundation
import Testing

/// `almanac new`: the embedded starter matches its sources, builds cleanly, is neutral, and is never written over anything.
@Suite struct StarterTests {
    /// The files the embedded starter should hold: examples/starter/ plus templates/, read from the repository.
    static func filesOnDisk() throws -> [String: Data] {
        var expected: [String: Data] = [:]
        let root = TestSupport.repositoryRoot
        for (path, data) in try TestSupport.snapshot(root.appendingPathComponent("examples/starter")) where !path.hasPrefix("output/") {
            expected[path] = data
        }
        for (path, data) in try TestSupport.snapshot(root.appendingPathComponent("templates")) {
            expected["templates/" + path] = data
        }
        return expected
    }

    /// Writes the starter into a new folder and builds it as `cd DIR && almanac build` would.
    static func buildNewReport() throws -> (folder: URL, result: BuildResult) {
        let folder = try TestSupport.temporaryFolder("almanac-new").appendingPathComponent("my report")
        try StarterWriter(folder: folder.path).write()
        let options = TestSupport.options(content: folder.appendingPathComponent("content").path,
                                          output: folder.appendingPathComponent("output").path,
                                          templates: folder.appendingPathComponent("templates").path)
        return (folder, BuildPipeline.run(options, write: true))
    }

    @Test func embeddedStarterMatchesExamplesStarterAndTheDefaultTemplates() throws {
        let embedded = Dictionary(uniqueKeysWithValues: StarterFiles.all.map { ($0.path, $0.data) })
        let expected = try Self.filesOnDisk()
        let stale = Set(expected.keys).symmetricDifference(embedded.keys).sorted()
            + expected.keys.filter { embedded[$0] != nil && embedded[$0] != expected[$0] }.sorted()
        #expect(stale.isEmpty, "the embedded starter is out of date for \(stale); run python3 scripts/embed-starter.py")
        #expect(expected.keys.contains("content/report.yaml") && expected.keys.contains("templates/layout.mustache"))
    }

    @Test func newReportBuildsWithoutWarningsAndComputesItsFigures() throws {
        let (folder, result) = try Self.buildNewReport()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.wroteOutput)
        let pages = Set(result.files.map(\.path).filter { $0.hasSuffix(".html") })
        #expect(pages.isSuperset(of: ["index.html", "introduction.html", "learning-together.html", "green-spaces.html",
                                     "figures.html", "accessibility.html", "print.html", "404.html"]))
        // 12 activities, 6 of them workshops; 4 of the 5 members took part in Green Spaces.
        #expect(result.figures["round.activities"]?.value == 12)
        #expect(result.figures["round.workshops"]?.value == 6)
        #expect(result.figures["round.attendees"]?.value == 265)
        let introduction = try String(contentsOf: folder.appendingPathComponent("output/introduction.html"), encoding: .utf8)
        #expect(introduction.contains("ran 12 activities together"))
        let greenSpaces = try String(contentsOf: folder.appendingPathComponent("output/green-spaces.html"), encoding: .utf8)
        #expect(greenSpaces.contains("80%"))
        #expect(greenSpaces.contains(">A table written as CSV in the Markdown</caption>"))
    }

    @Test func newReportSpeaksNoWordOfTheDefaultReportsScheme() throws {
        let (folder, result) = try Self.buildNewReport()
        #expect(result.succeeded)
        var checked = 0
        for (path, data) in try TestSupport.snapshot(folder) where path.hasPrefix("content/") || path.hasSuffix(".html") || path == "README.md" {
            let text = String(decoding: data, as: UTF8.self)
            let words = path.hasSuffix(".html") ? ReaderText.texts(of: text).joined(separator: " ") : text
            for word in GenericEngineTests.schemeWords where words.lowercased().contains(word) {
                Issue.record("\(path) mentions \"\(word)\"")
            }
            checked += 1
        }
        #expect(checked >= 16)
    }

    @Test func eachStarterFileStartsWithAPointerToTheDocs() throws {
        for file in StarterFiles.all where file.path.hasPrefix("content/") && file.path.hasSuffix(".yaml") {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(text.hasPrefix("#"), "\(file.path) does not start with a comment")
        }
        let documented = StarterFiles.all.filter { String(decoding: $0.data, as: UTF8.self).contains("docs/content-format.md") }
        #expect(documented.count >= 5)
    }

    @Test func emptyFolderIsFilledButANonEmptyOneIsLeftAsItWas() throws {
        let empty = try TestSupport.temporaryFolder("almanac-new-empty")
        #expect(try StarterWriter(folder: empty.path).write() == StarterFiles.all.count)

        let occupied = try TestSupport.temporaryFolder("almanac-new-occupied")
        try TestSupport.write("keep me", to: occupied.appendingPathComponent("notes.txt"))
        let refusal = #expect(throws: StarterWriter.Refusal.self) { try StarterWriter(folder: occupied.path).write() }
        #expect(refusal?.description.contains("is not empty (it holds notes.txt)") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: occupied.path) == ["notes.txt"])

        let file = occupied.appendingPathComponent("notes.txt")
        let fileRefusal = #expect(throws: StarterWriter.Refusal.self) { try StarterWriter(folder: file.path).write() }
        #expect(fileRefusal?.description.contains("is a file") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test func failureHalfwayRemovesEverythingItWrote() throws {
        let parent = try TestSupport.temporaryFolder("almanac-new-failure")
        // "a" is written as a file, so "a/b" cannot be: the writer must undo "content/x" and "a" too.
        let files = [StarterFile(path: "content/x.md", contents: .text("x")), StarterFile(path: "a", contents: .text("a")),
                     StarterFile(path: "a/b", contents: .text("b"))]
        let fresh = parent.appendingPathComponent("fresh")
        #expect(throws: (any Error).self) { try StarterWriter(folder: fresh.path, files: files).write() }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))

        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        #expect(throws: (any Error).self) { try StarterWriter(folder: empty.path, files: files).write() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }
}
