@testable import AlmanacCore
import Foundation
import Testing

/// A preview reads again every content file that changed, and reuses the rest only once they have been left
/// alone for a while (file times are too coarse to tell two quick saves apart).
@Suite struct ReadMemoTests {
    /// Sets every file's modification time a minute back, as for files not touched since the preview started.
    static func age(_ folder: URL) throws {
        let old = Date().addingTimeInterval(-60)
        for case let item as String in FileManager.default.enumerator(atPath: folder.path)! {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent(item).path)
        }
    }

    /// A copy of the small site, aged, with its build options and a preview's two memos, empty.
    static func agedSite() throws -> (content: URL, options: BuildOptions, parse: ParseCache, render: RenderCache) {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        try age(content)
        return (content, TestSupport.options(content: content.path, output: output.path), ParseCache(), RenderCache())
    }

    @Test func filesLeftAloneAreReusedAndAnyChangeIsRead() throws {
        let (content, options, parse, render) = try ReadMemoTests.agedSite()
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.reads.reused == 0)
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        let files = render.reads.reused
        #expect(files >= 8)

        // A save: that file is read again (and, being new, is not kept until it settles); the rest are reused.
        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        try TestSupport.write(try String(contentsOf: alpha, encoding: .utf8) + "\nOne more line.\n", to: alpha)
        let saved = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.reads.reused == 2 * files - 1)
        #expect(String(decoding: try #require(saved.files.first { $0.path == "alpha.html" }).bytes, as: UTF8.self).contains("One more line."))
        // Saved again at once with the same size: still read, never taken for the last save.
        try TestSupport.write(try String(contentsOf: alpha, encoding: .utf8).replacingOccurrences(of: "One more line.", with: "One more LINE."), to: alpha)
        let again = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(String(decoding: try #require(again.files.first { $0.path == "alpha.html" }).bytes, as: UTF8.self).contains("One more LINE."))

        // A file replaced by a link to another is refused as on a first build.
        let beta = content.appendingPathComponent("themes/02-beta.md")
        let elsewhere = content.deletingLastPathComponent().appendingPathComponent("beta-elsewhere.md")
        try FileManager.default.moveItem(at: beta, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: beta, withDestinationURL: elsewhere)
        let linked = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(linked.diagnostics.contains { $0.message.contains("symbolic link") })
    }

    @Test func aFolderReplacedByALinkIsRefusedThoughItsFilesAreUnchanged() throws {
        let (content, options, parse, render) = try ReadMemoTests.agedSite()
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        // The same files (same inodes and times) now reached through a link leading outside the content folder.
        let themes = content.appendingPathComponent("themes")
        let outside = content.deletingLastPathComponent().appendingPathComponent("themes-elsewhere")
        try FileManager.default.moveItem(at: themes, to: outside)
        try FileManager.default.createSymbolicLink(at: themes, withDestinationURL: outside)
        let linked = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(linked.diagnostics.contains { $0.message.contains("symbolic link leading outside") }, "\(linked.diagnostics)")
        #expect(render.reads.reused > 0)
    }
}
