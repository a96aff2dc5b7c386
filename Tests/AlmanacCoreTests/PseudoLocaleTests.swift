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
        // Without descriptions every rule is put into words by Almanac, which must take them from the strings too.
        let figures = content.appendingPathComponent("figures.yaml")
        let declared = try String(contentsOf: figures, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try TestSupport.write(declared.filter { !$0.hasPrefix("    description:") }.joined(separator: "\n"), to: figures)
        let templates = work.appendingPathComponent("templates")
        try TestSupport.overlay(URL(fileURLWithPath: TestSupport.templates), onto: templates)
        try TestSupport.write(pseudoStrings(), to: templates.appendingPathComponent("strings/\(language).yaml"))
        return (TestSupport.options(content: content.path, output: output.path, templates: templates.path), content)
    }

    /// Keys of figures.yaml whose values readers see; the rest (rules, set and field names) are not content words.
    static let readerKeys: Set<String> = ["label", "text", "one", "other", "description", "title", "finding", "finding_when_equal",
                                          "missing", "total_label", "label_header", "value_header"]

    /// Every lower-cased ASCII word readers may see from the site's content: Markdown, and the values of its YAML,
    /// but not keys, comments, model.yaml's field types or figures.yaml's rules, which would let fixed English such
    /// as "number of … records" pass as content.
    static func contentWords(_ content: URL) throws -> Set<String> {
        var words: Set<String> = []
        for (path, data) in try TestSupport.snapshot(content) where path.hasSuffix(".yaml") || path.hasSuffix(".md") {
            let text = String(decoding: data, as: UTF8.self)
            guard path.hasSuffix(".yaml") else { words.formUnion(asciiWords(text)); continue }
            // model.yaml is types and rules, except the titles readers see as a figure's source.
            let shownKeys: Set<String>? = path == "model.yaml" ? ["title"] : path == "figures.yaml" ? readerKeys : nil
            // The indentation of a folded (`>-`) reader-facing value's key, while its lines follow.
            var foldedIndent: Int?
            for line in text.split(separator: "\n") {
                let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let indent = code.prefix { $0 == " " }.count
                if let folded = foldedIndent, indent > folded {
                    words.formUnion(asciiWords(String(code)))
                    continue
                }
                foldedIndent = nil
                let trimmed = code.drop { $0 == " " || $0 == "-" }
                guard let colon = trimmed.firstRange(of: ":") else {
                    if shownKeys == nil { words.formUnion(asciiWords(String(code))) }
                    continue
                }
                let key = String(trimmed[..<colon.lowerBound])
                let value = String(trimmed[colon.upperBound...])
                let shown = shownKeys?.contains(key) ?? true
                if shown && value.trimmingCharacters(in: .whitespaces).hasPrefix(">") { foldedIndent = indent }
                if shown { words.formUnion(asciiWords(key.contains(" ") ? String(trimmed) : value)) }
            }
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
            if character == "⟦" { depth += 1 } else if character == "⟧" { depth = max(0, depth - 1); out.append(" ") } else if depth == 0 { out.append(character) }
        }
        return out
    }

    @Test func noFixedEnglishIsLeftOnAnyPage() throws {
        let (options, content) = try Self.pseudoSite()
        let result = BuildPipeline.run(options, write: false)
        #expect(result.succeeded, "\(result.diagnostics)")
        let allowed = try Self.contentWords(content)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count == 8) // with 404.html
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            #expect(html.contains("<html lang=\"\(Self.language)\">"), "\(page.path) has no lang=\(Self.language)")
            for text in ReaderText.texts(of: html) {
                let rest = Self.outsideBrackets(text)
                let leaked = Self.asciiWords(rest).filter { !allowed.contains($0) }
                #expect(leaked.isEmpty, "\(page.path): fixed English \(leaked) in \"\(text)\"")
            }
        }
    }
}
