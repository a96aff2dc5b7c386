@testable import AlmanacCore
import Foundation
import Testing
import Yams

/// The fast reader composes exactly what Yams composes (text, style, tag and mark of every node) on every YAML file
/// and front matter in the repository, and on texts built to sit at the edges of its subset; whatever it declines
/// goes to Yams.
@Suite struct SimpleYAMLReaderTests {
    /// Every YAML text in the repository: YAML files, and the front matter of Markdown files.
    static func repositoryTexts() throws -> [(String, String)] {
        var texts: [(String, String)] = []
        let root = TestSupport.repositoryRoot
        for folder in ["content", "examples", "templates", "Tests/AlmanacCoreTests/Fixtures", "Benchmarks"] {
            guard let items = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let item as String in items where item.hasSuffix(".yaml") || item.hasSuffix(".md") {
                let path = root.appendingPathComponent(folder).appendingPathComponent(item).path
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                if item.hasSuffix(".yaml") {
                    texts.append((path, text))
                } else if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") {
                    texts.append((path, String(text[text.index(text.startIndex, offsetBy: 4) ..< end.lowerBound]) + "\n"))
                }
            }
        }
        return texts
    }

    /// Both nodes alike in everything Almanac reads: tags as composed, and as resolved.
    static func same(_ a: Node, _ b: Node) -> Bool {
        guard sameNode(a, b) else { return false }
        _ = (a.hashValue, b.hashValue)
        return sameNode(a, b)
    }

    private static func sameNode(_ a: Node, _ b: Node) -> Bool {
        guard a.mark?.line == b.mark?.line, a.mark?.column == b.mark?.column, a.tag.description == b.tag.description else { return false }
        switch (a, b) {
        case let (.scalar(x), .scalar(y)): return x.string == y.string && x.style == y.style
        case let (.mapping(x), .mapping(y)):
            return x.style == y.style && x.count == y.count && zip(x, y).allSatisfy { sameNode($0.key, $1.key) && sameNode($0.value, $1.value) }
        case let (.sequence(x), .sequence(y)):
            return x.style == y.style && x.count == y.count && zip(x, y).allSatisfy { sameNode($0, $1) }
        default: return false
        }
    }

    static func yams(_ text: String) -> Node? {
        try? Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
    }

    @Test func composesWhatYamsComposesOnEveryFileWeHave() throws {
        let texts = try Self.repositoryTexts()
        #expect(texts.count > 100)
        var read = 0
        for (path, text) in texts {
            guard let fast = SimpleYAMLReader.read(text) else { continue }
            read += 1
            let slow = try #require(Self.yams(text), "\(path)")
            #expect(Self.same(fast, slow), "\(path)")
        }
        // The subset covers what content files mostly are (108 of 136 on 2026-12-01; the rest hold folded text or
        // are invalid on purpose).
        #expect(read * 4 >= texts.count * 3, "\(read) of \(texts.count)")
    }

    @Test func defaultReportFilesAreAllInTheSubset() throws {
        let content = TestSupport.repositoryRoot.appendingPathComponent("content")
        let themes = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("themes").path)
        let names = ["records/activities.yaml", "records/events.yaml", "records/applications.yaml", "authorities.yaml",
                     "model.yaml", "wording.yaml", "figures.yaml", "report.yaml"] + themes.map { "themes/" + $0 }
        for name in names {
            var text = try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)
            if name.hasPrefix("themes/"), let end = text.range(of: "\n---\n") {
                text = String(text[text.index(text.startIndex, offsetBy: 4) ..< end.lowerBound]) + "\n"
            }
            #expect(SimpleYAMLReader.read(text) != nil, "\(name)")
        }
    }

    @Test func edgesOfTheSubsetAgreeWithYamsOrAreLeftToIt() {
        let cases = [
            "a: 1\nb: two words\n", "a: NO\nb: 'NO'\nc: \"NO\"\n", "a: x # comment\n# whole line\nb: y\n",
            "list:\n- a\n- b\nnext: 1\n", "list:\n  - a: 1\n    b: 2\n  - a: 3\n", "- a\n- b\n", "- a: 1\n  b:\n    c: d\n",
            "a: b: c\n", "a: x:\n", "a:\n", "a:\nb: 1\n", "a: 1\na: 2\n", "a: [1, 2]\n", "a: {b: 1}\n", "a: |\n  text\n",
            "a: >\n  text\n", "a: 'it''s'\n", "a: \"tab\\t\"\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a:\tb\n", "a: 1\r\n",
            "---\na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "a: multi\n  line\n", "a: 1\n  b: 2\n", "- a\n  - b\n",
            "a: é\nb: ü: x\n", "é: 1\nclé: \"wört\" # c\n", "a: x#y\nb: 'q' #c\nc: http://example.org/a:b\n", "? a\n: b\n",
            "a: -5\nb: -x\nc: - x\n", "a: ~\nb: null\nc: yes\n", "-\n  a: 1\n", "a:  spaced   \n", "a : 1\n", "a:\n\n  b: 1\n",
            "- - a\n", "a: 'x'y\n", "a: [x, y]\nb: []\nc: {}\nd: {k: [1, 2], l: m}\n", "a: [x, [y, z]] # c\n",
            "a: [x,y]\n", "a: [x, ]\n", "a: [x,, y]\n", "a: [x: y]\n", "a: {k: 1, k: 2}\n", "a: {k:1}\n", "a: [x\n", "a: [x] y\n",
            "a: ['q', \"r\"]\n", "a: [ x , y ]\n", "a: [x #c]\n", "a: [a b, c:d]\n", "- [a, b]\n- {c: d}\n", "a: \"x\" y\n", "key: \u{2028}\n",
            // Quoted scalars inside flow collections.
            "- {id: x, name: \"A, B\"}\n- {id: y, name: 'C: D'}\n", "a: {\"k\": 'v w', 'l': \"#x\"}\n", "a: ['it''s']\n",
            "a: [\"x\\\"y\"]\n", "a: [\"x\" ]\n", "a: [\"x\"y]\n", "a: {\"k\":1}\n", "a: [\"\"]\n", "a: ['']\n", "a: [\"é, ü\"]\n",
            "a: [\"x]\n", "a: {k: \"v\" , l: 'w'}\n", "a: [\"x\", 'y' ] # c\n", "\u{FEFF}a: 1\n", "", "# only a comment\n",
        ] + Self.blockScalars + Self.blockScalarsLeftToYams
        // The usual block scalars are read here; the rest are left to Yams.
        for text in Self.blockScalars { #expect(SimpleYAMLReader.read(text) != nil, "\(text.debugDescription)") }
        for text in Self.blockScalarsLeftToYams { #expect(SimpleYAMLReader.read(text) == nil, "\(text.debugDescription)") }
        // Quoted scalars in one-line flow collections are read here (a register written as flow mappings).
        for text in ["- {id: x, name: \"A, B\"}\n- {id: y, name: 'C: D'}\n", "a: {\"k\": 'v w', 'l': \"#x\"}\n",
                     "a: [\"\"]\n", "a: [\"x\", 'y' ] # c\n"] {
            #expect(SimpleYAMLReader.read(text) != nil, "\(text.debugDescription)")
        }
        // What libyaml takes for a line break, control bytes and a byte order mark, anywhere in a line, are left to Yams.
        for text in ["a: x\u{85}\n", "a: \u{2029}\n", "a: x\u{2028}", "a: x\u{7F}\n", "a: \u{FEFF}\n", "a: x\u{1}\n", "a: x\u{85}"] {
            #expect(SimpleYAMLReader.read(text) == nil, "\(text.debugDescription)")
        }
        #expect(SimpleYAMLReader.read("a: x\u{84}y\u{2027}\u{FF01}\n") != nil, "neighbours of the refused characters are read")
        let many = (1...20).map { "k\($0): v\n" }.joined()
        #expect(SimpleYAMLReader.read(many) != nil)
        #expect(SimpleYAMLReader.read(many + "k3: again\n") == nil)
        #expect(SimpleYAMLReader.read("k1: a\nk2: b\nk1: c\n") == nil)
        // Either side of the 16 keys after which repeats are found in a set, in block and flow mappings.
        for count in [15, 16, 17] {
            let keys = (1...count).map { "k\($0)" }
            #expect(SimpleYAMLReader.read(keys.map { "\($0): v\n" }.joined() + "k\(count): again\n") == nil)
            #expect(SimpleYAMLReader.read(keys.map { "\($0): v\n" }.joined() + "other: new\n") != nil)
            #expect(SimpleYAMLReader.read("a: {" + (keys + ["k1"]).map { "\($0): v" }.joined(separator: ", ") + "}\n") == nil)
            #expect(SimpleYAMLReader.read("a: {" + keys.map { "\($0): v" }.joined(separator: ", ") + "}\n") != nil)
        }
        for text in cases + [many] {
            guard let fast = SimpleYAMLReader.read(text) else { continue }
            guard let slow = Self.yams(text) else {
                Issue.record("fast reader accepted what Yams refuses: \(text.debugDescription)")
                continue
            }
            #expect(Self.same(fast, slow), "\(text.debugDescription)")
        }
    }

    static let blockScalars = [
        "a: >-\n  x\n  y\nb: 1\n", "a: >\n  x\n\n  y\n", "a: |\n  x\n  y\n", "a: |-\n  x\n\n\n  y\nb: 2\n", "a: >\n  x\n",
        "a: >\n  x", "a: >-  \n  x é\n  y\n", "a:\n  b: >-\n    x\n    y\n  c: 1\n", "- a: >\n    x\n  b: 1\n",
        "a: >\n  # not a comment\n  x\n", "a: |\n  x\n\n# c\nb: 1\n", "a: >\n  x\n\n\n", "a: >-\n    x\n    y\n",
    ]
    static let blockScalarsLeftToYams = [
        "a: >+\n  x\n", "a: >2\n  x\n", "a: > # c\n  x\n", "a: >\n\n  x\n", "a: >\n  x\n    y\n", "a: >\n  x \n",
        "a: >\n  x\n   \n  y\n", "a: >\nb: 1\n", "a: >\n  x\n # c\nb: 1\n", "- >\n  x\n", "a: |+\n  x\n",
    ]

    @Test func marksMadeForYamsReadBack() {
        let mark = YAMLMark.make(line: 12, column: 34)
        #expect(mark.line == 12 && mark.column == 34)
    }
}
