import Foundation
import Testing
@testable import AlmanacCore

/// The printed Round 9 report carries 14 quotes: each must appear once, word for word, with its attribution.
@Suite struct DefaultReportQuotesTests {
    struct PrintedQuote: Sendable {
        let text: String
        let attribution: String
        let page: String
    }

    /// The quotes as the printed report gives them (spelling, punctuation and dashes as in the source).
    static let printed: [PrintedQuote] = [
        PrintedQuote(text: "The Beacon learning visit provided some thoughtful solutions that can be applied back in my area",
                     attribution: "Partnership Co-ordinator in North West Leicestershire",
                     page: "better-brighter-futures.html"),
        PrintedQuote(text: "The Council prides itself on being a guardian of the district’s very high-quality environment and in promoting quality public places in the district",
                     attribution: "Leader of the Council, Tyndale District Council now Northumberland Council",
                     page: "better-public-places.html"),
        PrintedQuote(text: "Undoubtedly we will be using many of the features you have successfully developed",
                     attribution: "Delegate, LB Hillingdon – Rotherham Open Day",
                     page: "better-public-places.html"),
        PrintedQuote(text: "The benefits of Beacon work are evident on a daily basis. Children and parents are always telling us about the good experiences they have had at the Phoenix Centre",
                     attribution: "Key Worker, The Phoenix Centre, LB Sutton",
                     page: "better-public-places.html"),
        PrintedQuote(text: "New innovations...new ideas to take back...very informative/practical",
                     attribution: "Delegate from national learning exchange conference (September 2008)",
                     page: "care-matters.html"),
        PrintedQuote(text: "The open dialogue and professional response from all those colleagues that we met made the day of great use.",
                     attribution: "Elected Member, Delegate - IDeA induction event",
                     page: "care-matters.html"),
        PrintedQuote(text: "We were inspired by their passion for the area they serve",
                     attribution: "Delegate, Warrington Open Day – November 2008",
                     page: "dignity-in-care.html"),
        PrintedQuote(text: "I thoroughly enjoyed the experience and had gained a lot of highly useful information as well as inspiration to develop practices in my own locality",
                     attribution: "Delegate, Warrington Open Day",
                     page: "dignity-in-care.html"),
        PrintedQuote(text: "This session was extremely useful as we are considering expanding our smartcards and would like to introduce a Works Perks type scheme",
                     attribution: "Delegate, Derbyshire County Council",
                     page: "improving-accessibility.html"),
        PrintedQuote(text: "The visit was inspiring and provided a good stimulus for us to develop and improve our service",
                     attribution: "visitor to the London Borough of Greenwich",
                     page: "improving-accessibility.html"),
        PrintedQuote(text: "Thank you so much – I have gone back to my authority energised. I will particularly continue the debate in my PCT regarding integration, co-location and partnership working to deliver better services – you are doing such fantastic, inspiring work.",
                     attribution: "Delegate, Sunderland City Council's Beacon conference",
                     page: "reducing-health-inequalities.html"),
        PrintedQuote(text: "An excellent, thought provoking conference with some good ideas that I can use in the future",
                     attribution: "Delegate, Sunderland Reducing Re-offending Conference – January 2009",
                     page: "reducing-re-offending.html"),
        PrintedQuote(text: "Your presentation provided not only the background to the concept, but also such enthusiasm and passion for tackling climate change. It was totally inspiring",
                     attribution: "Delegate, Tackling Change Learning Exchange Event, September 2008",
                     page: "tackling-climate-change.html"),
        PrintedQuote(text: "[the event] Inspired me to do things differently",
                     attribution: "Delegate at National Learning Exchange (April 2009)",
                     page: "transforming-services.html"),
    ]

    struct RenderedQuote: Equatable {
        let text: String
        let attribution: String
    }

    static func build() -> BuildResult {
        let root = TestSupport.repositoryRoot
        return BuildPipeline.run(TestSupport.options(content: root.appendingPathComponent("content").path,
                                                     output: "/tmp/unused"), write: false)
    }

    /// Decodes the entities the HTML escaper writes.
    static func decode(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text between `open` and the next `close` after `start`, with its end.
    static func between(_ html: String, _ open: String, _ close: String,
                        from start: String.Index) -> (inner: Substring, end: String.Index)? {
        guard let a = html.range(of: open, range: start..<html.endIndex),
              let b = html.range(of: close, range: a.upperBound..<html.endIndex) else { return nil }
        return (html[a.upperBound..<b.lowerBound], b.upperBound)
    }

    /// Every quote figure on a page: the block quote's text (paragraphs joined by a space, tags removed,
    /// entities decoded) and its attribution.
    static func quotes(in html: String) -> [RenderedQuote] {
        var found: [RenderedQuote] = []
        var cursor = html.startIndex
        while let figure = between(html, "<figure class=\"quote\">", "</figure>", from: cursor) {
            cursor = figure.end
            let body = String(figure.inner)
            guard let quote = between(body, "<blockquote>", "</blockquote>", from: body.startIndex),
                  let caption = between(body, "<figcaption>", "</figcaption>", from: body.startIndex) else {
                found.append(RenderedQuote(text: "", attribution: ""))
                continue
            }
            let paragraphs = quote.inner.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            found.append(RenderedQuote(text: decode(paragraphs.joined(separator: " ")),
                                       attribution: decode(caption.inner.trimmingCharacters(in: .whitespacesAndNewlines))))
        }
        return found
    }

    static func pages(_ result: BuildResult) -> [String: String] {
        var pages: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") {
            pages[file.path] = String(decoding: file.bytes, as: UTF8.self)
        }
        return pages
    }

    @Test func everyPrintedQuoteIsOnItsPageWithItsAttribution() throws {
        let pages = Self.pages(Self.build())
        for printed in Self.printed {
            let html = try #require(pages[printed.page], "\(printed.page)")
            let onPage = Self.quotes(in: html)
            let expected = RenderedQuote(text: printed.text, attribution: printed.attribution)
            #expect(onPage.filter { $0 == expected }.count == 1,
                    "\(printed.page): \(printed.text.prefix(40))… — \(printed.attribution)")
        }
    }

    @Test func theReportCarriesExactlyTheFourteenQuotes() {
        let pages = Self.pages(Self.build())
        // print.html gathers every page into one document, so it repeats each quote once more.
        let rendered = pages.filter { $0.key != "print.html" }.flatMap { page in
            Self.quotes(in: page.value).map { ($0, page.key) }
        }
        #expect(rendered.count == 14)
        #expect(Set(rendered.map { "\($0.1)|\($0.0.text)|\($0.0.attribution)" })
                == Set(Self.printed.map { "\($0.page)|\($0.text)|\($0.attribution)" }))
        #expect(Self.quotes(in: pages["print.html"] ?? "").count == 14)
        let blockquotes = pages.filter { $0.key != "print.html" }.values
            .map { $0.components(separatedBy: "<blockquote").count - 1 }.reduce(0, +)
        #expect(blockquotes == 14)
    }
}
