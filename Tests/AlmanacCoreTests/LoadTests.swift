import Foundation
import Testing
@testable import AlmanacCore

/// The load stage: strict decoding, line endings, size caps, symlinks.
@Suite struct LoadTests {
    @Test func utf8ByteOrderMarkIsAccepted() throws {
        let result = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("title: x\n".utf8), path: "a.yaml")
        #expect(try result.get() == "title: x\n")
    }

    @Test func utf16IsAClearError() {
        guard case .failure(let diagnostic) = TextDecoder.decode([0xFF, 0xFE, 0x74, 0x00], path: "a.yaml") else {
            Issue.record("UTF-16 was accepted"); return
        }
        #expect(diagnostic.description == "a.yaml:1:1: error: file is encoded as UTF-16; Almanac reads UTF-8 only (save the file as UTF-8)")
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("ok\nab".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let diagnostic) = TextDecoder.decode(bytes, path: "b.md") else {
            Issue.record("invalid UTF-8 was accepted"); return
        }
        #expect(diagnostic.location == SourceLocation(path: "b.md", line: 2, column: 3))
        #expect(diagnostic.message.contains("not valid UTF-8"))
    }

    @Test func lineEndingsAreNormalised() throws {
        #expect(try TextDecoder.decode(Array("a\r\nb\rc\n".utf8), path: "x").get() == "a\nb\nc\n")
    }

    @Test func oversizedMarkdownIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.overlay(TestSupport.smallSite, onto: folder)
        try TestSupport.write(String(repeating: "a", count: 200_000), to: folder.appendingPathComponent("pages/big.md"))
        var diagnostics = Diagnostics()
        _ = ContentLoader.loadContent(TestSupport.options(content: folder.path, output: "/tmp/unused"), diagnostics: &diagnostics)
        #expect(diagnostics.all.contains { $0.message.contains("over the limit of 131072 bytes") })
    }

    @Test func symlinkLeadingOutsideIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.overlay(TestSupport.smallSite, onto: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("pages/passwd.md").path,
                                                   withDestinationPath: "/etc/passwd")
        var diagnostics = Diagnostics()
        _ = ContentLoader.loadContent(TestSupport.options(content: folder.path, output: "/tmp/unused"), diagnostics: &diagnostics)
        #expect(diagnostics.all.contains { $0.message.contains("symbolic link leading outside") })
    }
}
