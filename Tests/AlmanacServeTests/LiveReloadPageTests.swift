@testable import AlmanacServe
import Testing

/// What served pages get: the script before `</body>`, an escaped overlay after a failure, the right media types.
@Suite struct LiveReloadPageTests {
    func inject(_ html: String, failure: [String]? = nil) -> String {
        String(decoding: LiveReloadPage.inject(into: Array(html.utf8), version: "v-1", failure: failure), as: UTF8.self)
    }

    @Test func addsTheScriptBeforeTheLastClosingBody() {
        let page = inject("<html><body><p>x</p></BODY></html>")
        #expect(page.hasPrefix("<html><body><p>x</p><script>"))
        #expect(page.hasSuffix("</script>\n</BODY></html>"))
        #expect(page.contains("var version = \"v-1\";"))
        #expect(!page.contains(LiveReloadPage.overlayID + "\" role"))
    }

    @Test func appendsWhenThereIsNoBody() {
        #expect(inject("<p>fragment</p>").hasPrefix("<p>fragment</p><script>"))
    }

    @Test func showsEscapedDiagnosticsAfterAFailure() {
        let page = inject("<body></body>", failure: ["content/a.md:3:7: error: bad <b>\"tag\"</b> & more"])
        #expect(page.contains("id=\"almanac-overlay\""))
        #expect(page.contains("content/a.md:3:7: error: bad &lt;b&gt;&quot;tag&quot;&lt;/b&gt; &amp; more"))
        #expect(!page.contains("<b>\"tag\"</b>"))
    }

    @Test func failedEventIsOneLineOfJSON() {
        let event = ServerSentEvent.failed(version: "v-2", overlay: "<div>\nline\n</div>")
        let text = String(decoding: event.bytes, as: UTF8.self)
        #expect(text.hasPrefix("event: failed\ndata: {"))
        #expect(text.hasSuffix("}\n\n"))
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("assets/chart.svg", "image/svg+xml"), ("data/figures.json", "application/json; charset=utf-8"),
        ("data/figures.csv", "text/csv; charset=utf-8"), ("assets/logo.PNG", "image/png"),
        ("assets/photo.jpg", "image/jpeg"), ("assets/font.woff2", "font/woff2"), ("assets/app.js", "text/javascript; charset=utf-8"),
        ("assets/blob", "application/octet-stream"), (".hidden", "application/octet-stream"),
    ])
    func choosesMediaTypes(_ path: String, _ expected: String) {
        #expect(MediaType.of(path) == expected)
    }
}
