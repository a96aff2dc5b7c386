@testable import AlmanacCore
import Foundation
import Testing

/// A build renders the print version's frame beside the pages and joins the sections into it at the end; the page
/// it writes is the page rendered whole, and anything that could make the two differ renders it whole.
@Suite struct PrintFrameTests {
    /// The small site parsed and ready to render, with the templates given.
    struct Prepared {
        let model: ReportViewModel
        let templates: TemplateSet
        let sections: [PrintDocument.Section]
    }

    static func prepared(templates folder: String = TestSupport.templates) throws -> Prepared {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let options = TestSupport.options(content: content.path, output: output.path, templates: folder)
        var diagnostics = Diagnostics()
        let files = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        let report = try #require(ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics))
        let figures = FigureCalculator.compute(report, diagnostics: &diagnostics)
        let templateFiles = ContentLoader.loadTemplates(options, diagnostics: &diagnostics)
        let templates = try #require(TemplateSet(templateFiles, diagnostics: &diagnostics))
        let strings = try #require(EditionBuild.strings(report, content: files, templates: templateFiles, limits: options.limits,
                                                        cache: nil, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        let model = ReportViewModel(report: report, figures: figures, options: options, strings: strings)
        let sections = [("alpha", "Alpha", true), ("beta", "Beta", true), ("introduction", "Introduction", false)].map {
            PrintDocument.Section(slug: $0.0, title: $0.1, html: "", isTheme: $0.2)
        }
        return Prepared(model: model, templates: templates, sections: sections)
    }

    /// The print page from `articles` (one per section, in order), joined into `frame` and rendered whole.
    static func both(_ prepared: Prepared, frame: [String]?, articles: [String]) -> (joined: [UInt8]?, whole: [UInt8]?) {
        // The joined page and its fallback use the fields made with the frame; the whole page makes its own.
        let made = PrintPage.frame(prepared.model, sections: prepared.sections, templates: prepared.templates)
        let built = PrintPage.BuiltFrame(fields: made.fields, pieces: frame)
        var document = PrintDocument(slugs: prepared.sections.map(\.slug))
        for (section, article) in zip(prepared.sections, articles) {
            document.append(slug: section.slug, title: section.title, articleHTML: article, isTheme: section.isTheme)
        }
        let render = { (frame: [String]?) -> [UInt8]? in
            var diagnostics = Diagnostics()
            return PrintPage.render(prepared.model, document: document, generated: ["alpha.html", "beta.html", "introduction.html"],
                                    templates: prepared.templates, memo: nil, frame: frame.map { _ in built }, diagnostics: &diagnostics)?.file.bytes
        }
        return (render(frame), render(nil))
    }

    static let articles = ["<h2 id=\"a\">Alpha</h2><p>See <a href=\"beta.html#b\">beta</a>.</p>",
                           "<h2 id=\"b\">Beta</h2><p>Back to <a href=\"alpha.html\">alpha</a> &amp; on.</p>",
                           "<p>Welcome.</p>"]

    /// The frame with a comment added to its second piece: a page holding the comment was joined from it.
    static func marked(_ frame: [String]) -> [String] {
        var marked = frame
        marked[1] = "<!--joined-->" + marked[1]
        return marked
    }

    @Test func theJoinedPageIsThePageRenderedWhole() throws {
        let prepared = try Self.prepared()
        let frame = try #require(PrintPage.frame(prepared.model, sections: prepared.sections, templates: prepared.templates).pieces)
        #expect(frame.count == prepared.sections.count + 1)
        let (joined, whole) = Self.both(prepared, frame: frame, articles: Self.articles)
        #expect(joined != nil && joined == whole)
        let page = String(decoding: try #require(joined), as: UTF8.self)
        #expect(page.contains("<h3 id=\"b\">Beta</h3>") && page.contains("href=\"#b\""))
        let fromMarked = String(decoding: try #require(Self.both(prepared, frame: Self.marked(frame), articles: Self.articles).joined),
                                as: UTF8.self)
        #expect(fromMarked.contains("<!--joined-->"))
    }

    @Test func anEmptySectionOrOneMissingRendersWhole() throws {
        let prepared = try Self.prepared()
        let frame = Self.marked(try #require(PrintPage.frame(prepared.model, sections: prepared.sections, templates: prepared.templates).pieces))
        // An empty section is falsy to the template, a placeholder is not: the joined page could differ.
        // A page whose article failed is missing from the document: the frame has a place too many.
        for articles in [[Self.articles[0], "", Self.articles[2]], Array(Self.articles.prefix(2))] {
            let (joined, whole) = Self.both(prepared, frame: frame, articles: articles)
            #expect(joined != nil && joined == whole)
            #expect(!String(decoding: joined ?? [], as: UTF8.self).contains("<!--joined-->"))
        }
    }

    @Test func aTemplateThatRepeatsOrEscapesItsSectionsMakesNoFrame() throws {
        for change in ["{{{html}}}<hr>{{{html}}}", "{{html}}"] {
            let templates = try TestSupport.temporaryFolder().appendingPathComponent("templates")
            try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
            try PrintMemoTests.edit(templates.appendingPathComponent("print.mustache")) {
                $0.replacingOccurrences(of: "{{{html}}}", with: change)
            }
            let prepared = try Self.prepared(templates: templates.path)
            #expect(PrintPage.frame(prepared.model, sections: prepared.sections, templates: prepared.templates).pieces == nil)
        }
    }

    /// The small site built end to end takes the joined page, and writes what rendering it whole writes.
    @Test func aBuildWritesThePrintVersionRenderedWhole() throws {
        let (_, content, output) = try TestSupport.smallSiteCopy()
        let result = BuildPipeline.run(TestSupport.options(content: content.path, output: output.path))
        #expect(result.wroteOutput)
        let written = try Data(contentsOf: output.appendingPathComponent("print.html"))
        let templates = try TestSupport.temporaryFolder().appendingPathComponent("templates")
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        // The same template, rendered whole: a second copy of each section, hidden in a comment, makes the frame
        // impossible; the comment is then cut out of the page.
        try PrintMemoTests.edit(templates.appendingPathComponent("print.mustache")) {
            $0.replacingOccurrences(of: "{{{html}}}", with: "{{{html}}}<!--ALMANAC-TEST{{{html}}}ALMANAC-TEST-->")
        }
        let wholeOutput = output.deletingLastPathComponent().appendingPathComponent("whole")
        let whole = BuildPipeline.run(TestSupport.options(content: content.path, output: wholeOutput.path, templates: templates.path))
        #expect(whole.wroteOutput)
        var page = try String(contentsOf: wholeOutput.appendingPathComponent("print.html"), encoding: .utf8)
        while let start = page.range(of: "<!--ALMANAC-TEST"), let end = page.range(of: "ALMANAC-TEST-->", range: start.upperBound..<page.endIndex) {
            page.removeSubrange(start.lowerBound..<end.upperBound)
        }
        #expect(Data(page.utf8) == written)
    }
}
