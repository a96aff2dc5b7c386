@testable import AlmanacCore
import Testing

/// A preview's caches compare a file with what they kept by its storage first, and by its bytes only when the
/// storage differs. A file read again with the same bytes (as one is until it has settled, see `ReadMemo`) must
/// replace the kept copy, or every later save compares it byte by byte (16 MB at 2,000 pages, twice a save).
struct KeptStorageTests {
    /// The same text in storage of its own.
    static func copy(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    @Test func sharesStorageTellsOneStorageFromEqualBytes() {
        let text = String(repeating: "A line of a theme page.\n", count: 10)
        let copy = Self.copy(text)
        #expect(UTF8Hash.sharesStorage(text, text))
        #expect(!UTF8Hash.sharesStorage(text, copy))
        #expect(UTF8Hash.same(text, copy))
    }

    @Test func parseCacheKeepsTheNewestCopyOfUnchangedText() {
        let cache = ParseCache()
        let text = String(repeating: "- id: e1\n  date: 2008-10-01\n", count: 20)
        let context = String(repeating: "model: text\n", count: 10)
        let parse = { @Sendable (_: Int) in ParsedFile(value: .page(nil), diagnostics: []) }
        let first = SourceFile(path: "content/data/events.yaml", relativePath: "data/events.yaml", text: text)
        _ = cache.parsed([first], context: context, limits: Limits(), parse: parse)
        #expect(cache.hits == 0)
        let again = SourceFile(path: first.path, relativePath: first.relativePath, text: Self.copy(text))
        _ = cache.parsed([again], context: Self.copy(context), limits: Limits(), parse: parse)
        #expect(cache.hits == 1, "the same bytes are a hit")
        #expect(UTF8Hash.sharesStorage(cache.keptText(first.path)!, again.text), "and the copy just read is kept")
        var edited = again
        edited.text += "- id: e2\n"
        _ = cache.parsed([edited], context: context, limits: Limits(), parse: parse)
        #expect(cache.hits == 1, "other bytes are parsed again")
    }

    @Test func frontMatterHashesKeepTheNewestCopyOfUnchangedText() {
        let hashes = FrontMatterHashes()
        let text = "---\ntitle: Alpha\n---\n" + String(repeating: "Body text.\n", count: 20)
        let file = SourceFile(path: "content/themes/a.md", relativePath: "themes/a.md", text: text)
        var made = 0
        let make = { (_: SourceFile) -> Int in made += 1; return 42 }
        #expect(hashes.hashes(of: [file], make: make) == [42])
        let again = SourceFile(path: file.path, relativePath: file.relativePath, text: Self.copy(text))
        #expect(hashes.hashes(of: [again], make: make) == [42])
        #expect(made == 1)
        #expect(UTF8Hash.sharesStorage(hashes.keptText(file.path)!, again.text))
    }

    @Test func renderCacheKeepsTheNewestCopyOfAnUnchangedBody() {
        let cache = RenderCache()
        let body = String(repeating: "A paragraph of the page.\n", count: 20)
        let rendered = { @Sendable (_: Int, _: Bool) in PageOutput(file: RenderedFile(path: "a.html", bytes: Array("<p>".utf8))) }
        _ = cache.outputs(for: [("a.html", body[...])], render: rendered)
        #expect(cache.rendered == 1)
        let again = Self.copy(body)
        let outputs = cache.outputs(for: [("a.html", again[...])], render: rendered)
        #expect(cache.reused == 1 && cache.rendered == 0)
        #expect(outputs.first?.file?.bytes == Array("<p>".utf8))
        var kept = cache.keptBody("a.html")!, copy = again
        let keptBase = kept.withUTF8 { $0.baseAddress }, copyBase = copy.withUTF8 { $0.baseAddress }
        #expect(keptBase == copyBase)
    }
}

/// The byte-level path and text helpers a preview's load uses instead of the generic ones.
struct LoadPathTests {
    @Test func joinedPutsOneSlashBetweenFolderAndName() {
        #expect(FileSystemReader.joined("content", "themes/a.md") == "content/themes/a.md")
        #expect(FileSystemReader.joined("content/", "a.md") == "content/a.md")
        #expect(FileSystemReader.joined("/", "a.md") == "/a.md")
        #expect(FileSystemReader.joined("", "a.md") == "/a.md")
        #expect(FileSystemReader.joined("inhalt/thèmes", "été.md") == "inhalt/thèmes/été.md")
        let long = String(repeating: "folder/", count: 40)
        #expect(FileSystemReader.joined(long, "x.md") == long + "x.md")
    }

    @Test func byteSearchPrefixSuffixAndLastOffset() {
        #expect(ByteSearch.hasPrefix("content/themes/a.md", Array("content/".utf8)))
        #expect(!ByteSearch.hasPrefix("content", Array("content/".utf8)))
        #expect(ByteSearch.hasPrefix("", []))
        #expect(ByteSearch.hasSuffix("a.md", Array(".md".utf8)))
        #expect(!ByteSearch.hasSuffix("a.mdx", Array(".md".utf8)))
        #expect(!ByteSearch.hasSuffix("md", Array(".md".utf8)))
        #expect(ByteSearch.lastOffset(of: UInt8(ascii: "/"), in: "thèmes/été/a.md") == 13)
        #expect(ByteSearch.lastOffset(of: UInt8(ascii: "/"), in: "a.md") == nil)
    }
}
