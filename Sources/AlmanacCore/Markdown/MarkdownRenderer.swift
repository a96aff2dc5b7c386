import CCmark
import Foundation

/// The only place that calls libcmark: CommonMark to safe HTML, with attributed quotes and alt-text checks.
public enum MarkdownRenderer {
    /// HTML plus what the document showed that the build must report.
    public struct Output: Sendable {
        public var html: String
        /// Problems found in the tree, with 1-based positions relative to the Markdown text.
        public var problems: [(message: String, line: Int, column: Int)]
        /// Problems that do not stop the build (a table without a caption, a pipe table, a footnote), positioned likewise.
        public var warnings: [(message: String, line: Int, column: Int)] = []
        /// Link and image destinations with their positions, for the link check.
        public var links: [(url: String, line: Int, column: Int)] = []
    }

    /// Unmatched `[` make libcmark 0.30.2 quadratic (CVE-2023-22486); 10,000 keeps the worst case near 0.1 s.
    public static let maxBrackets = 10_000

    /// Renders a quote's body HTML and attribution text into HTML; supplied by the render stage.
    public typealias QuoteRenderer = (_ bodyHTML: String, _ attribution: String) -> String

    /// cmark's safe default: raw HTML is dropped and `javascript:`, `vbscript:`, `file:` and `data:` links removed.
    static let options: Int32 = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// The libcmark version in use, e.g. "0.30.2".
    public static var libraryVersion: String { String(cString: cmark_version_string()) }

    /// How ```table blocks are written: `tableID` names the n-th table (1-based) of the page, `cellText` writes
    /// figure values into a caption or cell.
    public struct Tables {
        var tableID: (Int) -> String
        var cellText: (String) -> String

        public init(tableID: @escaping (Int) -> String = { "table-\($0)" }, cellText: @escaping (String) -> String = { $0 }) {
            (self.tableID, self.cellText) = (tableID, cellText)
        }
    }

    public static func render(_ markdown: String, quote: QuoteRenderer, tables: Tables = Tables()) -> Output {
        render(markdown, quote: quote, options: options, tables: tables)
    }

    /// The 1-based lines that are the bodies of ```table blocks, whose figure references are written in cell by cell.
    static func tableBodyLines(in markdown: String) -> Set<Int> {
        guard ByteSearch.contains("```", in: markdown) || ByteSearch.contains("~~~", in: markdown), ByteSearch.contains("table", in: markdown),
              ByteSearch.count(UInt8(ascii: "["), in: markdown) <= maxBrackets,
              let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return [] }
        defer { cmark_node_free(document) }
        var lines: Set<Int> = []
        walk(document) { node in
            guard isTable(node), let literal = cmark_node_get_literal(node) else { return }
            let first = Int(cmark_node_get_start_line(node)) + 1
            let count = ByteSearch.count(UInt8(ascii: "\n"), in: String(cString: literal))
            lines.formUnion(first..<(first + count))
        }
        return lines
    }

    private static func isTable(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, let info = cmark_node_get_fence_info(node) else { return false }
        return String(cString: info).split(separator: " ").first == "table"
    }

    /// `options` is only changed by the CommonMark conformance test, which needs raw HTML.
    static func render(_ markdown: String, quote: QuoteRenderer, options: Int32, tables: Tables = Tables()) -> Output {
        let brackets = ByteSearch.count(UInt8(ascii: "["), in: markdown)
        guard brackets <= maxBrackets else {
            return Output(html: "", problems: [("Markdown has \(brackets) \"[\" characters, over the limit of \(maxBrackets) that keeps parsing time bounded", 1, 1)])
        }
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else {
            return Output(html: "", problems: [("cannot parse Markdown", 1, 1)])
        }
        defer { cmark_node_free(document) }
        var quotes: [OpaquePointer] = []
        var problems: [(String, Int, Int)] = []
        var links: [(String, Int, Int)] = []
        var (codeLines, tableNodes): ([ClosedRange<Int>], [OpaquePointer]) = ([], [])
        walk(document) { node in
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                links.append((String(cString: url), Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node))))
            }
            switch type {
            case CMARK_NODE_BLOCK_QUOTE:
                if attribution(of: node) != nil { quotes.append(node) }
            case CMARK_NODE_IMAGE:
                if plainText(of: node).trimmingFoundationWhitespace().isEmpty {
                    problems.append(("image has no alt text: describe it in ![…](…)", Int(cmark_node_get_start_line(node)),
                                     Int(cmark_node_get_start_column(node))))
                }
            case CMARK_NODE_CODE_BLOCK:
                codeLines.append(Int(cmark_node_get_start_line(node))...max(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node))))
                if isTable(node) { tableNodes.append(node) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                problems.append(("raw HTML is not rendered; use Markdown instead", Int(cmark_node_get_start_line(node)),
                                 Int(cmark_node_get_start_column(node))))
            default:
                break
            }
        }
        var warnings = UnsupportedMarkdown.warnings(in: markdown, codeLines: codeLines)
        for (index, node) in tableNodes.enumerated() {
            replaceTable(node, id: tables.tableID(index + 1), cellText: tables.cellText, problems: &problems, warnings: &warnings)
        }
        warnings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        for node in quotes { replaceQuote(node, quote: quote, options: options) }
        guard let html = cmark_render_html(document, options) else {
            return Output(html: "", problems: problems, warnings: warnings, links: links)
        }
        defer { free(html) }
        return Output(html: String(cString: html), problems: problems, warnings: warnings, links: links)
    }

    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The attribution paragraph's text when the quote's last paragraph starts with "—" or "--".
    private static func attribution(of quote: OpaquePointer) -> String? {
        guard let last = cmark_node_last_child(quote), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH,
              cmark_node_previous(last) != nil else { return nil }
        let text = plainText(of: last).trimmingFoundationWhitespace(newlines: true)
        for marker in ["—", "--"] where text.hasPrefix(marker) {
            let name = text.dropFirst(marker.count).trimmingFoundationWhitespace()
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// Swaps a ```table block for a custom block holding its HTML, placing the table's problems in the document.
    private static func replaceTable(_ node: OpaquePointer, id: String, cellText: (String) -> String,
                                     problems: inout [(String, Int, Int)], warnings: inout [(message: String, line: Int, column: Int)]) {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let (bodyLine, column) = (Int(cmark_node_get_start_line(node)) + 1, Int(cmark_node_get_start_column(node)))
        let (table, tableProblems) = DataTable.parse(literal, cellText: cellText)
        for problem in tableProblems {
            let placed = (problem.message, bodyLine + problem.line, column + problem.column - 1)
            if problem.isWarning { warnings.append(placed) } else { problems.append(placed) }
        }
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = (table?.html(id: id) ?? "").withCString { cmark_node_set_on_enter(custom, $0) }
        _ = cmark_node_insert_before(node, custom)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Swaps a quote for a custom block holding the templated HTML (custom blocks render their text as is).
    private static func replaceQuote(_ node: OpaquePointer, quote: QuoteRenderer, options: Int32) {
        guard let name = attribution(of: node), let last = cmark_node_last_child(node) else { return }
        cmark_node_unlink(last)
        cmark_node_free(last)
        var inner = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            if let html = cmark_render_html(current, options) {
                inner += String(cString: html)
                free(html)
            }
            child = cmark_node_next(current)
        }
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = quote(inner, name).withCString { cmark_node_set_on_enter(custom, $0) }
        _ = cmark_node_insert_before(node, custom)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Concatenated literal text below a node (for alt text and attributions).
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
