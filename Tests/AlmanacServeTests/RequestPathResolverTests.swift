@testable import AlmanacServe
import Testing

/// The path resolver: every traversal form is refused before decoding, and good paths map to built files.
@Suite struct RequestPathResolverTests {
    @Test(arguments: [
        "/../etc/passwd",
        "/assets/../../etc/passwd",
        "/..",
        "/.",
        "/assets/./style.css",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2Fetc%2Fpasswd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/.%2e/etc/passwd",
        "/assets%2fstyle.css",
        "/..%5c..%5cetc%5cpasswd",
        "/%5c..%5cetc",
        "/..\\etc\\passwd",
        "/assets\\style.css",
        "//etc/passwd",
        "/assets//style.css",
        "/%252e%252e/etc/passwd",
        "/index.html%00.css",
        "/a%0ab",
        "/%zz",
        "etc/passwd",
        "http://evil.example/index.html",
        "*",
    ])
    func refusesTraversalAndOddForms(_ path: String) {
        guard case .refused = RequestPathResolver.resolve(path) else {
            Issue.record("\(path) was not refused: \(RequestPathResolver.resolve(path))")
            return
        }
    }

    @Test func refusesOverlongPaths() {
        let path = "/" + String(repeating: "a", count: 2000) + ".html"
        #expect(RequestPathResolver.resolve(path) != .candidates([String(path.dropFirst())]))
    }

    @Test(arguments: [
        ("/", ["index.html"]),
        ("/?v=1", ["index.html"]),
        ("/index.html", ["index.html"]),
        ("/alpha.html#top", ["alpha.html"]),
        ("/assets/style.css", ["assets/style.css"]),
        ("/data/figures.json?x=%2e%2e", ["data/figures.json"]),
        ("/data/", ["data/index.html"]),
        ("/alpha", ["alpha", "alpha.html"]),
        ("/my%20page.html", ["my page.html"]),
        ("/caf%C3%A9.html", ["café.html"]),
    ])
    func mapsPathsToSiteFiles(_ path: String, _ expected: [String]) {
        #expect(RequestPathResolver.resolve(path) == .candidates(expected))
    }

    @Test func looksUpOnlyFilesTheBuildProduced() {
        let files: [String: [UInt8]] = ["index.html": [1], "alpha.html": [2], "assets/style.css": [3]]
        #expect(RequestPathResolver.lookup("/", in: files)?.path == "index.html")
        #expect(RequestPathResolver.lookup("/alpha", in: files)?.path == "alpha.html")
        #expect(RequestPathResolver.lookup("/assets/", in: files) == nil)
        #expect(RequestPathResolver.lookup("/assets", in: files) == nil)
        #expect(RequestPathResolver.lookup("/missing.html", in: files) == nil)
        #expect(RequestPathResolver.lookup("/../index.html", in: files) == nil)
    }
}
