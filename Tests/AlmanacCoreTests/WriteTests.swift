import Foundation
import Testing
@testable import AlmanacCore

/// The write stage: atomic replacement, safe paths, refusing dangerous output folders.
@Suite struct WriteTests {
    @Test func failedBuildLeavesPreviousOutputIntact() throws {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content")
        let output = work.appendingPathComponent("output")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        let good = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        #expect(good.wroteOutput)
        let before = try TestSupport.snapshot(output)
        try TestSupport.write("---\ntitle: Broken\n", to: content.appendingPathComponent("pages/broken.md"))
        let bad = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        #expect(!bad.succeeded)
        #expect(!bad.wroteOutput)
        #expect(try TestSupport.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains("almanac-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func staleTemporaryFoldersAreCleared() throws {
        let work = try TestSupport.temporaryFolder()
        let stale = work.appendingPathComponent(".output.almanac-tmp-4194305")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        var diagnostics = Diagnostics()
        OutputWriter.write([RenderedFile(path: "index.html", text: "x")],
                           options: BuildOptions(outputDirectory: work.appendingPathComponent("output").path),
                           diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func unsafePathsAreRefused() {
        for path in ["assets/style.css", "index.html", "...", "a/..b/c.", ".well-known/x", "café/menu.html"] {
            #expect(OutputPath.isSafe(path), "\(path)")
        }
        for path in ["../x", "/etc/passwd", "a//b", "a\\b", "a/./b", "", ".", "..", "a/..", "a/", "a/.", "a\u{7F}b", "a\nb",
                     OutputManifest.fileName] {
            #expect(!OutputPath.isSafe(path), "\(path)")
        }
    }

    @Test func outputInsideContentIsRefusedBeforeDeletingAnything() throws {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        let before = try TestSupport.snapshot(content)
        for output in [content.path, content.appendingPathComponent("themes").path, work.path] {
            let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output))
            #expect(result.diagnostics.contains { $0.message.contains("overlaps the content folder") }, "\(output)")
        }
        #expect(try TestSupport.snapshot(content) == before)
    }

    @Test func outputThatIsAFileIsRefused() throws {
        let work = try TestSupport.temporaryFolder()
        let file = work.appendingPathComponent("output")
        try TestSupport.write("keep me", to: file)
        var diagnostics = Diagnostics()
        OutputWriter.write([RenderedFile(path: "index.html", text: "x")], options: BuildOptions(outputDirectory: file.path),
                           diagnostics: &diagnostics)
        #expect(diagnostics.all.first?.message.contains("is a file") == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test func aWritersFirstFilesGoStraightIntoTheStagingFolder() throws {
        let staging = try TestSupport.temporaryFolder()
        let sidePath = staging.appendingPathComponent(".side").path
        var side = SideFolder(path: sidePath)
        for index in 0..<SideFolder.filesBeforeSideFolder {
            #expect(side.write(RenderedFile(path: "page-\(index).html", text: "page \(index)"), into: staging.path) == nil)
        }
        #expect(!FileManager.default.fileExists(atPath: sidePath), "no side folder for a small site")
        #expect(side.write(RenderedFile(path: "last.html", text: "last"), into: staging.path) == nil)
        #expect(FileManager.default.fileExists(atPath: sidePath), "later files are created beside, then renamed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sidePath).isEmpty)
        #expect(try String(contentsOf: staging.appendingPathComponent("last.html"), encoding: .utf8) == "last")
        #expect(try String(contentsOf: staging.appendingPathComponent("page-0.html"), encoding: .utf8) == "page 0")
    }

    @Test func bothWritersPutEveryFileInPlaceAndLeaveNoSideFolder() throws {
        let work = try TestSupport.temporaryFolder()
        let output = work.appendingPathComponent("output")
        let files = (0..<200).map { RenderedFile(path: "page-\($0).html", text: "page \($0)") }
            + [RenderedFile(path: "assets/css/site.css", text: "body{}"), RenderedFile(path: "data/figures.json", text: "{}")]
        var diagnostics = Diagnostics()
        OutputWriter.write(files, options: BuildOptions(outputDirectory: output.path), diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        let snapshot = try TestSupport.snapshot(output)
        #expect(snapshot.count == files.count + 1, "every file and the manifest")
        for file in files {
            #expect(snapshot[file.path] == Data(file.bytes), "\(file.path)")
        }
        for name in StagedOutput.sideFolderNames {
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
        }
    }
}
