import Foundation
import Testing
@testable import AlmanacCore

/// The output folder's ownership rule: Almanac replaces only a folder that is new, empty or wholly its own.
@Suite struct OutputOwnershipTests {
    private func build(_ content: URL, into output: String, replacing: Bool = false) -> BuildResult {
        var options = TestSupport.options(content: content.path, output: output)
        options.replaceUnownedOutput = replacing
        return BuildPipeline.run(options)
    }

    @Test(arguments: [("notes.txt", "notes.txt"), (".git/HEAD", ".git/"), ("drafts/plan.md", "drafts/"),
                      ("my-drafts/2024/q1/", "my-drafts/")])
    func aFolderHoldingOtherEntriesIsLeftAlone(_ foreign: String, _ named: String) throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        if foreign.hasSuffix("/") {
            try FileManager.default.createDirectory(at: output.appendingPathComponent(foreign), withIntermediateDirectories: true)
        } else {
            try TestSupport.write("mine", to: output.appendingPathComponent(foreign))
        }
        let before = try TestSupport.snapshot(output)
        let result = build(content, into: output.path)
        #expect(!result.wroteOutput)
        let message = try #require(result.diagnostics.first { $0.severity == .error }?.message)
        #expect(message == "output folder \(output.path) holds files Almanac did not write (\(named)); nothing was deleted")
        #expect(try TestSupport.snapshot(output) == before)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(foreign).path))
    }

    @Test func aFolderHoldingTheHomeFolderIsRefused() throws {
        let (work, content, _) = try TestSupport.smallSiteCopy()
        let home = work.appendingPathComponent("people/someone")
        try TestSupport.write("x", to: home.appendingPathComponent("docs/a.txt"))
        let reason = OutputDestination.rootLikeReason(work.appendingPathComponent("people").path, home: home.path)
        #expect(reason == "a folder that holds your home folder")
        #expect(OutputDestination.rootLikeReason(home.path, home: home.path) == "your home folder")
        #expect(build(content, into: work.appendingPathComponent("elsewhere").path).wroteOutput)
    }

    @Test func anAlmanacOutputIsReplacedUntilSomeoneAddsAFile() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(build(content, into: output.path).wroteOutput, "an empty folder may be used")
        let manifest = try String(contentsOf: output.appendingPathComponent(OutputManifest.fileName), encoding: .utf8)
        #expect(manifest.contains("\nindex.html\n") && manifest.contains("\nassets/style.css\n"))
        #expect(build(content, into: output.path).wroteOutput, "a folder Almanac wrote is replaced")
        try TestSupport.write("added later", to: output.appendingPathComponent("data/extra.csv"))
        let refused = build(content, into: output.path)
        #expect(!refused.wroteOutput)
        #expect(refused.diagnostics.contains { $0.message.contains("(data/extra.csv)") })
        let forced = build(content, into: output.path, replacing: true)
        #expect(forced.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("data/extra.csv").path))
    }

    @Test func aTamperedManifestDoesNotClaimFiles() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try TestSupport.write("not a manifest\nnotes.txt\n", to: output.appendingPathComponent(OutputManifest.fileName))
        try TestSupport.write("mine", to: output.appendingPathComponent("notes.txt"))
        #expect(!build(content, into: output.path).wroteOutput)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("notes.txt").path))
    }

    @Test func rootLikeAndEmptyOutputPathsAreRefused() throws {
        let (_, content, _) = try TestSupport.smallSiteCopy()
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let cases: [(String, String)] = [
            ("", "no output folder was given (--output is empty); nothing was deleted"),
            ("  ", "no output folder was given (--output is empty); nothing was deleted"),
            ("/", "refusing to use / as the output folder: it is the root of the file system; nothing was deleted"),
            (home, "refusing to use \(home) as the output folder: it is your home folder; nothing was deleted"),
            (".", "refusing to use . as the output folder: it is the current folder; nothing was deleted"),
            ("..", "refusing to use .. as the output folder: it is a folder that holds the current folder; nothing was deleted"),
        ]
        for (output, expected) in cases {
            let result = build(content, into: output)
            #expect(!result.wroteOutput)
            #expect(result.diagnostics.map(\.message).contains(expected), "\(output): \(result.diagnostics)")
        }
    }

    #if os(Linux)
    @Test func aMountPointIsRefusedWithAClearMessage() throws {
        let (_, content, _) = try TestSupport.smallSiteCopy()
        let result = build(content, into: "/proc", replacing: true)
        #expect(result.diagnostics.map(\.message)
            .contains("output folder /proc is a mount point, which cannot be replaced in one step; nothing was deleted"))
    }
    #endif

    @Test func aSymlinkedOutputStaysALinkAndItsTargetIsReplaced() throws {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let target = work.appendingPathComponent("published/site")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output.path, withDestinationPath: target.path)
        #expect(build(content, into: output.path).wroteOutput)
        #expect(build(content, into: output.path).wroteOutput)
        let kind = try FileManager.default.attributesOfItem(atPath: output.path)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("index.html").path))
        let strays = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".") }
            + FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path).filter { $0.hasPrefix(".") }
        #expect(strays.isEmpty, "\(strays)")
    }
}
