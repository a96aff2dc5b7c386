import Foundation
import Testing
@testable import AlmanacCore

/// `site_url:` and what makes the site ready to publish: sitemap.xml, robots.txt, canonical and Open Graph tags,
/// the 404 page and the favicon.
@Suite struct DeployableSiteTests {
    /// Builds the small site (with `site_url` appended to report.yaml when given); the files by path, as text.
    static func build(siteURL: String? = nil, buildDate: PartialDate? = nil) throws -> (result: BuildResult, files: [String: String]) {
        let site = try TestSupport.smallSiteCopy()
        if let siteURL {
            let report = site.content.appendingPathComponent("report.yaml")
            let text = try String(contentsOf: report, encoding: .utf8)
            try TestSupport.write(text + "site_url: \(siteURL)\n", to: report)
        }
        var options = TestSupport.options(content: site.content.path, output: site.output.path)
        options.buildDate = buildDate
        let result = BuildPipeline.run(options, write: false)
        let files = Dictionary(result.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) },
                               uniquingKeysWith: { first, _ in first })
        return (result, files)
    }

    @Test func siteURLIsNormalisedToEndWithASlash() throws {
        let (result, files) = try Self.build(siteURL: "https://example.org/reports/2009")
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\nSitemap: https://example.org/reports/2009/sitemap.xml\n")
    }

    @Test(arguments: [
        ("www.example.org/", "it must start with https://"), ("ftp://example.org/", "it must start with https://"),
        ("https://example.org/?a=1", "query"), ("https://example.org/#top", "fragment"),
        ("https://example.org/a b/", "spaces"), ("https:///report/", "host"), ("https://me@example.org/", "user name"),
    ])
    func invalidSiteURLsAreRefused(_ url: String, _ expected: String) {
        #expect(SiteURL.problem(with: url)?.contains(expected) == true, "\(url)")
    }

    @Test func validSiteURLsAreAccepted() {
        for url in ["https://example.org", "http://localhost:8000/", "https://example.org/a/b/", "HTTPS://EXAMPLE.ORG/x"] {
            #expect(SiteURL.problem(with: url) == nil, "\(url)")
        }
    }

    @Test func sitemapListsEveryPageButThe404PageWithAbsoluteURLs() throws {
        let (result, files) = try Self.build(siteURL: "https://example.org/r&d/")
        #expect(result.succeeded, "\(result.diagnostics)")
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"))
        let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        let locations = sitemap.split(separator: "\n").filter { $0.contains("<loc>") }.map(String.init)
        #expect(locations == pages.map { "  <url><loc>https://example.org/r&amp;d/\($0)</loc></url>" })
        #expect(!sitemap.contains("404.html") && !sitemap.contains("lastmod"))
        #expect(sitemap.hasSuffix("</urlset>\n"))
    }

    @Test func sitemapHasLastmodOnlyWhenTheBuildHasADate() throws {
        let (_, files) = try Self.build(siteURL: "https://example.org/", buildDate: PartialDate("2009-07-03"))
        #expect(files["sitemap.xml"]?.contains("<loc>https://example.org/index.html</loc><lastmod>2009-07-03</lastmod>") == true)
    }

    @Test func pagesHaveCanonicalAndOpenGraphTags() throws {
        let (_, files) = try Self.build(siteURL: "https://example.org/report/")
        let theme = try #require(files["alpha.html"])
        #expect(theme.contains("<link rel=\"canonical\" href=\"https://example.org/report/alpha.html\">"))
        #expect(theme.contains("<meta property=\"og:url\" content=\"https://example.org/report/alpha.html\">"))
        #expect(theme.contains("<meta property=\"og:type\" content=\"website\">"))
        #expect(theme.contains("<meta property=\"og:title\" content=\""))
        #expect(theme.contains("<meta property=\"og:description\" content=\""))
        #expect(files["index.html"]?.contains("<link rel=\"canonical\" href=\"https://example.org/report/index.html\">") == true)
        // Links stay relative, so the site still works anywhere.
        #expect(theme.contains("<a href=\"index.html\">") || theme.contains("href=\"index.html\""))
        let notFound = try #require(files["404.html"])
        #expect(notFound.contains("<base href=\"https://example.org/report/\">"))
        #expect(!notFound.contains("rel=\"canonical\""))
    }

    @Test func withoutSiteURLThereIsNoSitemapRobotsOrCanonical() throws {
        let (result, files) = try Self.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(files["sitemap.xml"] == nil && files["robots.txt"] == nil)
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(!html.contains("rel=\"canonical\"") && !html.contains("og:") && !html.contains("<base"), "\(path)")
        }
    }

    @Test func every404PageHasLanguageNavigationAndALinkToTheContents() throws {
        let (_, files) = try Self.build()
        let notFound = try #require(files["404.html"])
        #expect(notFound.contains("<html lang=\"en-GB\">"))
        #expect(notFound.contains("<h1>Page not found</h1>"))
        #expect(notFound.contains("<a href=\"/index.html\">contents page</a>"))
        #expect(notFound.contains("href=\"/assets/style.css\"") && notFound.contains("<footer"))
        #expect(!notFound.contains("href=\"index.html\""), "a 404 page's links must not be relative to where it is served")
        #expect(files["print.html"]?.contains("Page not found") == false)
    }

    @Test func everyPageLinksTheFavicon() throws {
        let (_, files) = try Self.build()
        #expect(files["assets/favicon.svg"]?.hasPrefix("<svg") == true)
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(html.contains("<link rel=\"icon\" href=\"") && html.contains("assets/favicon.svg\" type=\"image/svg+xml\">"), "\(path)")
        }
        let landing = try String(contentsOf: URL(fileURLWithPath: TestSupport.templates + "/editions.mustache"), encoding: .utf8)
        #expect(landing.contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
    }
}
