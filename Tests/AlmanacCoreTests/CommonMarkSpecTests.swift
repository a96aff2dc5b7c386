import CCmark
import Foundation
import Testing
@testable import AlmanacCore

/// Runs the 652 CommonMark 0.30 examples through our cmark wrapper. The spec file is CC BY-SA and
/// is read from ../shared/data beside the repository, never copied into it.
@Suite struct CommonMarkSpecTests {
    struct Example: Sendable, CustomStringConvertible {
        var number: Int
        var line: Int
        var markdown: String
        var html: String
        var description: String { "example \(number) (spec line \(line))" }
    }

    static let specFile = (ProcessInfo.processInfo.environment["ALMANAC_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared"))
        .appendingPathComponent("data/commonmark-spec-0.30.txt")

    static func examples() -> [Example]? {
        guard let text = try? String(contentsOf: specFile, encoding: .utf8) else { return nil }
        let fence = String(repeating: "`", count: 32)
        var examples: [Example] = []
        var markdown: [Substring] = [], html: [Substring] = []
        var state = 0, start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case 0 where line == fence + " example": state = 1; start = index + 1; markdown = []; html = []
            case 1 where line == ".": state = 2
            case 1: markdown.append(line)
            case 2 where line == fence:
                state = 0
                func text(_ lines: [Substring]) -> String {
                    (lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n").replacingOccurrences(of: "\u{2192}", with: "\t")
                }
                examples.append(Example(number: examples.count + 1, line: start, markdown: text(markdown), html: text(html)))
            case 2: html.append(line)
            default: break
            }
        }
        return examples
    }

    let noQuotes: MarkdownRenderer.QuoteRenderer = { body, name in "<blockquote>\n\(body)<p>— \(name)</p>\n</blockquote>\n" }

    @Test func allExamplesPassThroughTheWrapper() throws {
        guard let examples = Self.examples() else {
            print("CommonMark spec not found at \(Self.specFile.path): conformance test skipped")
            return
        }
        #expect(examples.count == 652)
        var failures: [String] = []
        for example in examples {
            let output = MarkdownRenderer.render(example.markdown, quote: noQuotes,
                                                 options: CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8)
            if output.html != example.html { failures.append(example.description) }
        }
        #expect(failures.isEmpty, "\(failures.count) examples differ: \(failures.prefix(20))")
    }

    @Test func safeModeNeverEmitsScriptsOrScriptLinks() throws {
        guard let examples = Self.examples() else { return }
        for example in examples {
            let html = MarkdownRenderer.render(example.markdown, quote: noQuotes).html.lowercased()
            #expect(!html.contains("<script"), "\(example)")
            #expect(!html.contains("href=\"javascript:"), "\(example)")
            #expect(!html.contains("src=\"javascript:"), "\(example)")
        }
    }
}
