import Foundation
import Testing
@testable import AlmanacCore

/// Files that are not plain files, hidden names and oversized records: a build never blocks on them,
/// never publishes a hidden file, and says what to do in words that fit the file.
@Suite(.timeLimit(.minutes(1))) struct SpecialFileTests {
    private func site() throws -> (content: URL, templates: URL, output: URL) {
        let work = try TestSupport.temporaryFolder()
        let content = work.appendingPathComponent("content"), templates = work.appendingPathComponent("templates")
        try TestSupport.overlay(TestSupport.smallSite, onto: content)
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        return (content, templates, work.appendingPathComponent("output"))
    }

    private func build(_ site: (content: URL, templates: URL, output: URL)) -> BuildResult {
        BuildPipeline.run(TestSupport.options(content: site.content.path, output: site.output.path, templates: site.templates.path))
    }

    @Test func namedPipesAreReportedNotOpenedForReading() throws {
        let site = try site()
        let pipes = [site.content.appendingPathComponent("themes/zeta.md"),
                     site.content.appendingPathComponent("records/events.yaml"),
                     site.templates.appendingPathComponent("partials/extra.mustache"),
                     site.templates.appendingPathComponent("assets/feed.css")]
        for pipe in pipes {
            try? FileManager.default.removeItem(at: pipe)
            #expect(mkfifo(pipe.path, 0o644) == 0)
        }
        let result = build(site)
        #expect(!result.wroteOutput)
        for pipe in pipes {
            let found = result.diagnostics.first { $0.location?.path == pipe.path }
            #expect(found?.message == "a named pipe (FIFO) is not a regular file; only regular files are read", "\(pipe.path)")
        }
    }

    @Test func hiddenFilesAndFoldersAreNeverPublished() throws {
        let site = try site()
        let assets = site.templates.appendingPathComponent("assets")
        try TestSupport.write("secret", to: assets.appendingPathComponent(".private/key.pem"))
        try TestSupport.write("secret", to: assets.appendingPathComponent("fonts/.cache/x.woff2"))
        try TestSupport.write("SECRET=1", to: assets.appendingPathComponent(".env"))
        try TestSupport.write("body{}", to: assets.appendingPathComponent("fonts/site.css"))
        let result = build(site)
        #expect(result.wroteOutput, "\(result.diagnostics)")
        let published = try TestSupport.snapshot(site.output).keys.filter { $0.hasPrefix("assets/") }.sorted()
        #expect(published == ["assets/favicon.svg", "assets/fonts/site.css", "assets/style.css"])
    }

    @Test func aLinkToAHiddenFileIsNotFollowed() throws {
        let site = try site()
        let assets = site.templates.appendingPathComponent("assets")
        try TestSupport.write("SECRET=1", to: assets.appendingPathComponent("private/.env"))
        try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("env.txt").path,
                                                   withDestinationPath: "private/.env")
        let result = build(site)
        #expect(!result.wroteOutput)
        let found = result.diagnostics.first { $0.location?.path == assets.appendingPathComponent("env.txt").path }
        #expect(found?.message == "file is a symbolic link leading to a hidden name")
    }

    @Test func aPipeWhereAFolderBelongsIsNamedAsSuch() throws {
        let site = try site()
        let themes = site.content.appendingPathComponent("themes")
        try FileManager.default.removeItem(at: themes)
        #expect(mkfifo(themes.path, 0o644) == 0)
        let result = build(site)
        #expect(result.diagnostics.contains { $0.message == "themes/ should be a folder, but it is a named pipe (FIFO)" })
    }

    @Test func aHiddenMarkdownFileIsSkippedWithAWarning() throws {
        let site = try site()
        let alpha = try String(contentsOf: site.content.appendingPathComponent("themes/01-alpha.md"), encoding: .utf8)
        try TestSupport.write(alpha, to: site.content.appendingPathComponent("themes/.md"))
        try TestSupport.write(alpha, to: site.content.appendingPathComponent("pages/.#introduction.md"))
        let result = build(site)
        let hidden = result.diagnostics.filter { $0.message.hasPrefix("hidden file skipped") }
        #expect(hidden.map(\.description) == [
            "\(site.content.path)/themes/.md:1:1: warning: hidden file skipped: names starting with a dot are never read or published "
                + "(rename it without the leading dot, e.g. themes/name.md, to publish it)",
        ])
    }

    @Test func aRecordsFileOverTheCapIsNotToldToSplitItself() throws {
        let site = try site()
        var options = TestSupport.options(content: site.content.path, output: site.output.path)
        options.limits.maxYAMLBytes = 64
        let result = BuildPipeline.run(options, write: false)
        let activities = try #require(result.diagnostics.first { $0.location?.path.hasSuffix("records/activities.yaml") == true })
        #expect(activities.hint?.hasPrefix("this file is read whole and cannot be split") == true)
        #expect(SizeHints.visibleName(for: "themes/.draft.md") == "themes/draft.md")
    }
}

/// Control characters in what a terminal prints: written out, never sent raw.
@Suite struct TerminalSafetyTests {
    @Test func diagnosticsShowControlCharactersAsEscapes() {
        let diagnostic = Diagnostic.error("unknown theme \"a\u{1B}[2Jb\"", at: SourceLocation(path: "themes/x\u{7}\n.md", line: 1, column: 1))
        #expect(diagnostic.description == "themes/x\\u{7}\\u{A}.md:1:1: error: unknown theme \"a\\u{1B}[2Jb\"")
        #expect(TextDecoder.firstControlCharacter(Array("tab\tok\n".utf8)[...]) == nil)
        #expect(TextDecoder.firstControlCharacter(Array("é\u{85}".utf8)[...])?.scalar == 0x85)
    }
}

/// The control-character scan reads eight bytes at a time; it must find what a byte-by-byte scan finds.
@Suite struct ControlCharacterScanTests {
    /// The scan as it was written before it read whole words.
    private func byteByByte(_ bytes: [UInt8]) -> (index: Int, scalar: UInt8)? {
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x20 {
                if byte != 9 && byte != 10 && byte != 13 { return (offset, byte) }
            } else if byte == 0x7F {
                return (offset, byte)
            } else if byte == 0xC2, offset + 1 < bytes.count, (0x80...0x9F).contains(bytes[offset + 1]) {
                return (offset, bytes[offset + 1])
            }
        }
        return nil
    }

    @Test func wordAtATimeFindsWhatByteByByteFinds() {
        var random = SplitMix64(seed: 7)
        // Mostly printable text with line breaks, now and then a control, DEL, C2 80–9F or other UTF-8.
        let rare: [[UInt8]] = [[0x01], [0x1F], [0x7F], [0xC2, 0x85], [0xC2, 0xA0], [0xC3, 0xA9], [0x09], [0x0D, 0x0A], [0x0A]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(90) {
                if random.below(12) == 0 { bytes += rare[random.below(rare.count)] } else { bytes.append(UInt8(0x20 + random.below(0x5F))) }
            }
            let expected = byteByByte(bytes)
            let found = TextDecoder.firstControlCharacter(bytes[...])
            #expect(found?.index == expected?.index && found?.scalar == expected?.scalar, "\(bytes)")
            // The same bytes at an offset inside a larger array, as a file after its byte order mark.
            let shifted = ([0xEF, 0xBB, 0xBF] + bytes)[3...]
            #expect(TextDecoder.firstControlCharacter(shifted)?.index == expected.map { $0.index + 3 })
        }
    }
}
