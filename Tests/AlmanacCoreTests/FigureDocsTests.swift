import Foundation
import Testing
@testable import AlmanacCore

/// docs/content-format.md stays true: its figure table matches content/figures.yaml, and the examples a comms
/// officer would copy parse without a single diagnostic.
@Suite struct FigureDocsTests {
    static let docs: String = (try? String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/content-format.md"),
                                           encoding: .utf8)) ?? ""

    /// The YAML code blocks that follow a heading, in order.
    static func yamlBlocks(after heading: String) -> [String] {
        guard let start = docs.range(of: heading) else { return [] }
        var blocks: [String] = []
        var rest = docs[start.upperBound...]
        while let open = rest.range(of: "```yaml\n"), let close = rest[open.upperBound...].range(of: "\n```") {
            if let next = rest.range(of: "\n## "), next.lowerBound < open.lowerBound { break }
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    static func declarations() throws -> FigureDeclarations {
        let path = TestSupport.repositoryRoot.appendingPathComponent("content/figures.yaml").path
        let file = SourceFile(path: path, relativePath: "figures.yaml", text: try String(contentsOfFile: path, encoding: .utf8))
        var diagnostics = Diagnostics()
        return try #require(FigureDeclarationsParser.parse(file, limits: Limits(), diagnostics: &diagnostics))
    }

    @Test func theFigureTableListsExactlyTheDeclaredFigures() throws {
        let section = try #require(Self.docs.range(of: "### The Round 9 figures"))
        let rows = Self.docs[section.upperBound...].split(separator: "\n")
            .prefix { !$0.hasPrefix("## ") }
            .filter { $0.hasPrefix("| `") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let documented = Dictionary(rows.map { ($0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), $0[1]) },
                                    uniquingKeysWith: { first, _ in first })
        var declared: [String: String] = [:]
        for figure in try Self.declarations().figures {
            var name: String
            switch figure.grouping {
            case nil: name = figure.name
            case .theme?: name = "theme.SLUG.\(figure.name)"
            case .event?: name = "event.ID.\(figure.name)"
            }
            if case .measures = figure.rule { name += ".MEASURE" }
            declared[name] = figure.unit.rawValue
        }
        #expect(documented.count == rows.count, "a name is documented twice")
        #expect(documented == declared)
    }

    @Test func theDocumentedExamplesParseCleanly() throws {
        let model = try #require(Self.yamlBlocks(after: "## The report model: `model.yaml`").first)
        let figures = try #require(Self.yamlBlocks(after: "## Figures: `figures.yaml`").first)
        let charts = try #require(Self.yamlBlocks(after: "### Charts").first)
        let boxes = try #require(Self.yamlBlocks(after: "### Boxes").first)
        var diagnostics = Diagnostics()
        let parsedModel = ModelParser.parse(SourceFile(path: "model.yaml", relativePath: "model.yaml", text: model),
                                            limits: Limits(), diagnostics: &diagnostics)
        let parsed = FigureDeclarationsParser.parse(
            SourceFile(path: "figures.yaml", relativePath: "figures.yaml", text: figures + "\n" + charts + "\n" + boxes),
            limits: Limits(), diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        #expect(parsedModel?.recordSets.map(\.name) == ["activities", "applications"])
        #expect(parsed?.figures.count == 7)
        #expect(parsed?.charts.map(\.id) == ["reach", "delegates"])
        #expect(parsed?.boxes[.headlines]?.count == 2 && parsed?.boxes[.themeGlance]?.count == 1 && parsed?.boxes[.themeCard]?.count == 1)
    }
}
