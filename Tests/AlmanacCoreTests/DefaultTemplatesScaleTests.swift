import Foundation
import Testing
@testable import AlmanacCore

/// The default templates stay linear in the page count: a page other than the contents links to the contents,
/// its section and its neighbours only, so its size does not grow with the report, while the contents page
/// still reaches every page (in numbered runs under headings once the report is large).
@Suite struct DefaultTemplatesScaleTests {
    /// The small fixture site with `count` more themes, `Generated theme 0001`…, built with the default templates
    /// without writing; the site's HTML pages by address.
    static func build(addingThemes count: Int) throws -> [String: String] {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        for number in 1...count {
            let name = String(format: "%04d", number)
            try TestSupport.write("""
                ---
                title: Generated theme \(name)
                order: \(100 + number)
                summary: A theme generated to measure how pages grow with the report.
                beacons:
                  - authority: b1
                ---

                ## Theme summary

                The same words on every generated theme.

                """, to: content.appendingPathComponent("themes/\(name)-generated-\(name).md"))
        }
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path), write: false)
        #expect(result.succeeded, "\(result.diagnostics.prefix(5))")
        return Dictionary(result.files.filter { $0.path.hasSuffix(".html") }.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// Every `href` of a page.
    static func links(_ html: String) -> [String] {
        var links: [String] = []
        var html = html
        _ = html.withUTF8 { buffer in
            HTMLTokenizer.forEachAttribute(in: buffer) { if $0.name == .href { links.append($0.value) } }
        }
        return links
    }

    @Test func aThemePageDoesNotGrowWithTheReport() throws {
        let small = try Self.build(addingThemes: 20), large = try Self.build(addingThemes: 200)
        let page = "generated-0010.html"
        let (smallPage, largePage) = (try #require(small[page]), try #require(large[page]))
        // The same links at 22 themes and at 202 (its section's anchor is a run of the contents at 202).
        #expect(Self.links(smallPage).count == Self.links(largePage).count)
        #expect(!largePage.contains("generated-0100.html"), "a page links to its neighbours, not to every page")
        // The same bytes but for the section's name and address and the theme count in the kicker.
        let growth = largePage.utf8.count - smallPage.utf8.count
        #expect(growth >= 0 && growth < 80, "\(page) grew by \(growth) bytes from 22 to 202 themes")
        #expect(largePage.contains("<li><a href=\"index.html#contents-themes-1-50\">Themes 1 to 50</a></li>"))
        #expect(smallPage.contains("<li><a href=\"index.html#themes-heading\">Themes</a></li>"))
    }

    @Test func theContentsOfALargeReportReachEveryPageInHeadedRuns() throws {
        let site = try Self.build(addingThemes: 200)
        let contents = Set(Self.links(try #require(site["index.html"])))
        let pages = site.keys.filter { !["index.html", "404.html", "print.html", "accessibility.html"].contains($0) }
        #expect(pages.count == 204, "the introduction, Alpha, Beta, 200 generated themes and the figures page")
        #expect(pages.filter { !contents.contains($0) }.isEmpty, "every page is linked from the contents")
        let index = try #require(site["index.html"])
        for run in ["1-50", "51-100", "101-150", "151-200", "201-202"] {
            #expect(index.contains("<a href=\"#contents-themes-\(run)\">"), "the jump list links to themes \(run)")
            #expect(index.contains("<h4 class=\"contents-run\" id=\"contents-themes-\(run)\">"), "themes \(run) have a heading")
        }
    }

    @Test func aSmallReportsContentsIsOneListWithoutRuns() throws {
        let site = try Self.build(addingThemes: 1)
        let index = try #require(site["index.html"])
        #expect(!index.contains("contents-jump") && !index.contains("contents-run"))
        #expect(index.contains("<ol class=\"theme-cards\" aria-labelledby=\"themes-heading\">"))
    }
}
