import Foundation
import Testing
@testable import AlmanacCore

/// Records read straight from plain YAML are the records read through Yams nodes, and a file with any problem is
/// left to the Yams path so its diagnostics read as before.
@Suite struct PlainRecordsTests {
    /// Every content folder we ship or test with that declares record sets.
    static let contentFolders = ["content", "examples/starter/content", "examples/northshire/editions/2023",
                                 "examples/northshire/editions/2024", "Tests/AlmanacCoreTests/Fixtures/sites/small/content"]

    /// A record as text: every field's value and place, in name order, and the record's place.
    private static func describe(_ records: [Record]) -> [String] {
        records.map { record in
            record.fields.keys.sorted().map { name in
                let field = record.fields[name]!
                return "\(name)=\(field.value)@\(field.location)\(field.itemLocations)"
            }.joined(separator: "; ") + " @\(record.location)"
        }
    }

    /// A content folder's files and the model its `model.yaml` declares.
    private static func load(_ folder: String) throws -> (ContentFiles, ReportModel) {
        let root = TestSupport.repositoryRoot.appendingPathComponent(folder).path
        var diagnostics = Diagnostics()
        let files = ContentLoader.loadContent(TestSupport.options(content: root, output: "unused"), diagnostics: &diagnostics)
        let model = try #require(files.model.flatMap { ModelParser.parse($0, limits: Limits(), diagnostics: &diagnostics) })
        return (files, model)
    }

    @Test(arguments: contentFolders)
    func everyRecordsFileReadsAlikeBothWays(_ folder: String) throws {
        let (files, model) = try Self.load(folder)
        #expect(!model.recordSets.isEmpty)
        for schema in model.recordSets {
            guard let file = files.data[schema.path] else { continue }
            var throughNodes = Diagnostics(), parsed = Diagnostics()
            let expected = RecordSetParser.recordsThroughYAMLNodes(file, schema: schema, limits: Limits(), diagnostics: &throughNodes)
            #expect(throughNodes.all.isEmpty, "\(file.path)")
            let plain = RecordSetParser.plainRecords(file.text, path: file.path, lineOffset: 0, schema: schema, limits: Limits())
            #expect(plain.map(Self.describe) == Self.describe(expected), "\(file.path)")
            // The build's own read, in chunks on every core for a long file.
            let records = RecordSetParser.parse(file, schema: schema, limits: Limits(), diagnostics: &parsed)
            #expect(Self.describe(records) == Self.describe(expected) && parsed.all.isEmpty, "\(file.path)")
        }
    }

    @Test(arguments: contentFolders)
    func theRegisterReadsAlikeBothWays(_ folder: String) throws {
        let (files, model) = try Self.load(folder)
        let file = try #require(files.data[model.register.path])
        var throughNodes = Diagnostics(), parsed = Diagnostics()
        let expected = RegisterParser.throughYAMLNodes(file, schema: model.register, limits: Limits(), diagnostics: &throughNodes)
        let read = RegisterParser.parse(file, schema: model.register, limits: Limits(), diagnostics: &parsed)
        #expect(throughNodes.all.isEmpty && parsed.all.isEmpty && !read.organisations.isEmpty)
        // Read straight from plain YAML.
        #expect(RegisterParser.plainRegister(file, schema: model.register, limits: Limits()) != nil)
        func describe(_ organisations: [Organisation]) -> [String] {
            organisations.map { "\($0.id) \($0.name) \($0.note ?? "-") @\($0.location): " + Self.describe([Record(fields: $0.fields, location: $0.location)])[0] }
        }
        #expect(describe(read.organisations) == describe(expected.organisations))
        #expect(read.rejectedIDs == expected.rejectedIDs)
        // A repeated id is the Yams path's to report.
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(lines.firstIndex { $0.hasPrefix("- ") })
        let entry = [lines[first]] + lines[(first + 1)...].prefix { $0.hasPrefix("  ") }
        let repeated = SourceFile(path: file.path, relativePath: file.relativePath,
                                  text: file.text + "\n" + entry.joined(separator: "\n") + "\n")
        var repeatedProblems = Diagnostics()
        _ = RegisterParser.parse(repeated, schema: model.register, limits: Limits(), diagnostics: &repeatedProblems)
        #expect(repeatedProblems.all.contains { $0.message.contains("duplicate register id") }, "\(folder)")
    }

    private static let schema = RecordSchema(
        name: "visits", path: "records/visits.yaml", isOptional: false, isEvents: false,
        fields: [FieldSchema(name: "id", type: .id, optional: false, location: .file("model.yaml")),
                 FieldSchema(name: "count", type: .number, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "share", type: .percent, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "when", type: .date, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "done", type: .flag, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "kind", type: .choice(["visit", "call"]), optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "themes", type: .themes, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "survey", type: .measures, optional: true, location: .file("model.yaml")),
                 FieldSchema(name: "note", type: .text, optional: true, location: .file("model.yaml"))],
        exclusive: [["count", "share"]], location: .file("model.yaml"))

    @Test func validEntriesOfEveryTypeReadAlike() throws {
        let text = """
            # visits
            - id: a-1
              count: 12
              when: 2009-03
              done: true
              kind: visit
              themes: [x, y-z]
              survey: {good: 90, poor: 5}
              note: 'It''s fine' # a comment
            - id: b
              share: 100
              themes:
                - x
              note: "NO"
            - {id: c, themes: one}
            """
        let file = SourceFile(path: "records/visits.yaml", relativePath: "records/visits.yaml", text: text)
        var diagnostics = Diagnostics()
        let expected = RecordSetParser.recordsThroughYAMLNodes(file, schema: Self.schema, limits: Limits(), diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(expected.count == 3)
        let plain = RecordSetParser.plainRecords(text, path: file.path, lineOffset: 0, schema: Self.schema, limits: Limits())
        // `''` and the flow mapping of the third entry are outside SimpleYAMLReader's subset: Yams reads the file.
        #expect(plain == nil)
        let simpler = text.replacingOccurrences(of: "'It''s fine'", with: "fine").replacingOccurrences(of: "- {id: c, themes: one}", with: "- id: c\n  themes: one")
        let simplerFile = SourceFile(path: file.path, relativePath: file.relativePath, text: simpler)
        let simplerExpected = RecordSetParser.recordsThroughYAMLNodes(simplerFile, schema: Self.schema, limits: Limits(), diagnostics: &diagnostics)
        #expect(Self.describe(try #require(RecordSetParser.plainRecords(simpler, path: file.path, lineOffset: 0, schema: Self.schema,
                                                                        limits: Limits()))) == Self.describe(simplerExpected))
        // Read as a part of a longer file, every place moves down by the part's offset.
        let part = try #require(RecordSetParser.plainRecords(simpler, path: file.path, lineOffset: 7, schema: Self.schema, limits: Limits()))
        #expect(zip(part, simplerExpected).allSatisfy { part, whole in
            part.location.line == whole.location.line + 7
                && part.fields.allSatisfy { $0.value.location.line == whole.fields[$0.key]!.location.line + 7 }
        })
        #expect(simplerExpected.first?.fields["note"]?.value == .text("fine"))
        #expect(simplerExpected[1].fields["note"]?.value == .text("NO"))
    }

    @Test(arguments: [
        "- id: a\n  colour: red\n",          // unknown field
        "- count: 3\n",                      // missing required field
        "- id: a\n  count: 03\n",            // leading zero
        "- id: a\n  count: -3\n",            // negative
        "- id: a\n  share: 101\n",           // over 100
        "- id: a\n  when: 2009-13\n",        // not a date
        "- id: a\n  done: yes\n",            // not a flag
        "- id: a\n  kind: walk\n",           // not one of the words
        "- id: Not-An-Id\n",                 // invalid id
        "- id: a\n  themes: []\n",           // no theme
        "- id: a\n  survey: [good]\n",       // measures not a mapping
        "- id: a\n  note: null\n",           // empty
        "- id: a\n  count: 1\n  share: 2\n", // exclusive fields
        "id: a\n",                           // not a list
        "- just text\n",                     // entry not a mapping
        "- id: a\n  count: 1\n  count: 2\n", // a key given twice
    ])
    func anEntryWithAProblemIsLeftToYAMLNodes(_ text: String) {
        #expect(RecordSetParser.plainRecords(text, path: "v.yaml", lineOffset: 0, schema: Self.schema, limits: Limits()) == nil)
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "v.yaml", relativePath: "v.yaml", text: text)
        _ = RecordSetParser.parse(file, schema: Self.schema, limits: Limits(), diagnostics: &diagnostics)
        #expect(!diagnostics.all.isEmpty, "\(text)")
    }
}
