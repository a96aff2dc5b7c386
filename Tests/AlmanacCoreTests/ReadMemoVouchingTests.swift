@testable import AlmanacCore
import Foundation
import Testing

/// With a watcher that reports every change, a preview's load takes the files it did not report for unchanged,
/// without looking at them, and looks at each reported file and everything under a reported folder.
@Suite struct ReadMemoVouchingTests {
    /// How the watcher names the content folder; only its pairing with the build's name matters.
    static let watcherRoot = "/watched/content"

    static func text(of page: String, in build: BuildResult) throws -> String {
        String(decoding: try #require(build.files.first { $0.path == page }).bytes, as: UTF8.self)
    }

    @Test func unreportedFilesAreVouchedForAndReportedOnesAreRead() throws {
        let (content, options, parse, render) = try ReadMemoTests.agedSite()
        render.reads.vouch(watching: [(watcher: Self.watcherRoot, build: content.path + "/")])
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.reads.vouchedFor == 0, "nothing is kept before the first load")
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        let files = render.reads.vouchedFor
        #expect(files >= 8)

        // A save the watcher reports is read; every other file is vouched for again.
        let alpha = content.appendingPathComponent("themes/01-alpha.md")
        try TestSupport.write(try String(contentsOf: alpha, encoding: .utf8) + "\nOne more line.\n", to: alpha)
        render.reads.expect(changes: [Self.watcherRoot + "/themes/01-alpha.md", "/elsewhere/themes/02-beta.md"])
        let saved = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.reads.vouchedFor == 2 * files - 1)
        #expect(try Self.text(of: "alpha.html", in: saved).contains("One more line."))

        // A change no watcher reported is not seen: which is why only a watcher that sees every change may vouch.
        let beta = content.appendingPathComponent("themes/02-beta.md")
        try TestSupport.write(try String(contentsOf: beta, encoding: .utf8) + "\nUnreported line.\n", to: beta)
        try ReadMemoTests.age(content)
        let unseen = BuildPipeline.run(options, write: false, cache: parse, renderCache: render)
        #expect(try !Self.text(of: "beta.html", in: unseen).contains("Unreported line."))

        // A reported folder (an overflow reports the whole content folder) has every file under it looked at.
        render.reads.expect(changes: [Self.watcherRoot + "/themes"])
        let before = render.reads.vouchedFor
        let looked = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(try Self.text(of: "beta.html", in: looked).contains("Unreported line."))
        let themes = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("themes").path).count
        #expect(render.reads.vouchedFor - before == files - themes)
    }

    @Test func aReportedFileThatCannotBeReadIsNotVouchedForLater() throws {
        let (content, options, parse, render) = try ReadMemoTests.agedSite()
        render.reads.vouch(watching: [(watcher: Self.watcherRoot, build: content.path)])
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)

        // Saved as bytes that are not UTF-8: reported, refused.
        let beta = content.appendingPathComponent("themes/02-beta.md")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28, 0x0A]).write(to: beta)
        try ReadMemoTests.age(content)
        render.reads.expect(changes: [Self.watcherRoot + "/themes/02-beta.md"])
        let refused = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(refused.diagnostics.contains { $0.message.contains("not valid UTF-8") })
        // A later save of another file: what was kept of the refused file was forgotten, so it is not vouched for.
        render.reads.expect(changes: [Self.watcherRoot + "/themes/01-alpha.md"])
        let later = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(later.diagnostics.contains { $0.message.contains("not valid UTF-8") })
    }

    @Test func withoutAWatcherEveryFileIsLookedAt() throws {
        let (_, options, parse, render) = try ReadMemoTests.agedSite()
        render.reads.expect(changes: [Self.watcherRoot + "/themes/01-alpha.md"])
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        _ = try RenderCacheTests.rebuild(options, parse: parse, render: render)
        #expect(render.reads.reused >= 8)
        #expect(render.reads.vouchedFor == 0)
    }
}
