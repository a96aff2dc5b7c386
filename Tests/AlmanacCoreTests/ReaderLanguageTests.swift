import Foundation
import Testing
@testable import AlmanacCore

/// Readers first: the default report's pages speak the reader's language. Internal names (figure names, file
/// paths, the generator script) stay in the downloadable data, and every figure worked out from illustrative
/// records is marked where it appears.
@Suite struct ReaderLanguageTests {
    @Test func noFigureNameOrFilePathAppearsOnAReaderPage() throws {
        let result = DefaultReportTests.build()
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 18) // with 404.html
        let names = Set(result.figures.names)
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            // The whole page, code elements and attributes included: nothing there is for machines.
            for name in names where html.contains(name) {
                Issue.record("\(page.path) shows the figure name \(name)")
            }
            for fragment in [".yaml", "records/", "scripts/", "themes/", "content/"] where html.contains(fragment) {
                Issue.record("\(page.path) shows the path fragment \(fragment)")
            }
        }
    }

    @Test func everyIllustrativeFigureOnTheCoverAndThemePagesIsMarked() throws {
        let result = DefaultReportTests.build()
        let index = String(decoding: try #require(result.files.first { $0.path == "index.html" }).bytes, as: UTF8.self)
        for name in ["round.applications", "round.interactions", "round.peer_projects", "round.pct_one_to_one", "round.pct_attended_event"] {
            let figure = try #require(result.figures[name])
            #expect(figure.illustrative, "\(name)")
            // The box item holding the value ends with the mark.
            let item = try #require(index.components(separatedBy: "<li class=\"stat\"><strong>\(figure.formatted)</strong>").dropFirst().first)
            #expect(item.prefix(while: { $0 != "\n" }).contains("class=\"mark\""), "\(name) is shown without its mark")
        }
        for name in ["round.beacons", "round.themes", "round.events", "round.delegates"] {
            #expect(result.figures[name]?.illustrative == false, "\(name) is computed from published records only")
        }
        let care = String(decoding: try #require(result.files.first { $0.path == "care-matters.html" }).bytes, as: UTF8.self)
        #expect(care.contains("<strong>12%</strong> of all local authorities attended a learning activity in this theme<span class=\"mark\""))
        #expect(care.contains("<p class=\"mark-note\">† Worked out from illustrative records"))
    }
}
