import Foundation
import Testing
@testable import AlmanacCore

/// Builds the small site in a pseudo-language whose every string is wrapped in ⟦…⟧: any other word on a page that
/// is not in the site's content is fixed English that did not come from the strings file.
@Suite struct PseudoLocaleTests {
    static let language = "qps-ploc"

    /// en-GB.yaml with every text, plural form and list item wrapped; placeholders are kept as they are.
    static func pseudoStrings() -> String {
        let english = TestSupport.strings()
        func quoted(_ text: String) -> String {
            "\"⟦" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "⟧\""
        }
        var lines = ["plural_rule: en"]
        for (key, text) in english.texts.sorted(by: { $0.key < $1.key }) { lines.append("\(key): \(quoted(text))") }
        for (key, forms) in english.plurals.sorted(by: { $0.key < $1.key }) {
            lines.append("\(key):")
            for (category, form) in forms.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                lines.append("  \(category.rawValue): \(quoted(form))")
            }
        }
        lines.append("months: [\(english.months.map(quoted).joined(separator: ", "))]")
        lines.append("number_words: [\(english.numberWords.map(quoted).joined(separator: ", "))]")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The small site with `language: qps-ploc` and the default templates plus the pseudo strings file.
    static func pseudoSite() throws -> (options: BuildOptions, content: URL) {
        let (work, content, output) = try TestSupport.smallSiteCopy()
        let report = content.appendingPathComponent("report.yaml")
        try TestSupport.write(try String(contentsOf: report, encoding: .utf8) + "language: \(language)\n", to: report)
        let templates = work.appendingPathComponent("templates")
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        try TestSupport.write(pseudoStrings(), to: templates.appendingPathComponent("strings/\(language).yaml"))
        return (TestSupport.options(content: content.path, output: output.path, templates: templates.path), content)
    }

    /// Every lower-cased ASCII word of the site's content files.
    static func contentWords(_ content: URL) throws -> Set<String> {
        var words: Set<String> = []
        for (path, data) in try TestSupport.snapshot(content) where path.hasSuffix(".yaml") || path.hasSuffix(".md") {
            words.formUnion(asciiWords(String(decoding: data, as: UTF8.self)))
        }
        return words
    }

    static func asciiWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map { $0.lowercased() }
    }

    /// The text with every ⟦…⟧ (nested too) removed.
    static func outsideBrackets(_ text: String) -> String {
        var depth = 0, out = ""
        for character in text {
            if character == "⟦" { depth += 1 } else if character == "⟧" { depth = max(0, depth - 1) } else if depth == 0 { out.append(character) }
        }
        return out
    }

    /// Left out of the check: each figure's rule and source, which define the figure and are exported as they are
    /// in data/figures.json and data/figures.csv. (Chart titles and findings are declared in content/figures.yaml,
    /// so their words are content words.)
    static func notYetTranslated(_ options: BuildOptions) throws -> [String] {
        var diagnostics = Diagnostics()
        let files = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        let report = try #require(ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics))
        let figures = FigureCalculator.compute(report, diagnostics: &diagnostics)
        // Longest first, so a rule that holds a shorter one is removed whole.
        return figures.ordered.flatMap { [$0.rule, $0.source] }.sorted { $0.count > $1.count }
    }

    @Test func noFixedEnglishIsLeftOnAnyPage() throws {
        let (options, content) = try Self.pseudoSite()
        let result = BuildPipeline.run(options, write: false)
        #expect(result.succeeded, "\(result.diagnostics)")
        let allowed = try Self.contentWords(content)
        let exempt = try Self.notYetTranslated(options)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 7)
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            #expect(html.contains("<html lang=\"\(Self.language)\">"), "\(page.path) has no lang=\(Self.language)")
            for text in ReaderText.texts(of: html) {
                var rest = text
                for sentence in exempt { rest = rest.replacingOccurrences(of: sentence, with: " ") }
                rest = Self.outsideBrackets(rest)
                let leaked = Self.asciiWords(rest).filter { !allowed.contains($0) }
                #expect(leaked.isEmpty, "\(page.path): fixed English \(leaked) in \"\(text)\"")
            }
        }
    }
}
