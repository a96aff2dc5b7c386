@testable import AlmanacCore
import Foundation
import Testing

/// A large record file parsed in runs of items on several cores reads exactly as when parsed whole.
@Suite struct YAMLSequenceChunksTests {
    static let schema: RecordSchema = {
        let here = SourceLocation.file("model.yaml")
        return RecordSchema(name: "visits", path: "records/visits.yaml", isOptional: false, isEvents: false, fields: [
            FieldSchema(name: "date", type: .date, optional: false, location: here),
            FieldSchema(name: "place", type: .text, optional: false, location: here),
            FieldSchema(name: "people", type: .number, optional: true, location: here),
        ], exclusive: [], location: here, title: nil)
    }()

    /// `count` items of about 60 bytes, after two comment lines.
    static func records(_ count: Int, item: (Int) -> String = { "- date: 2024-01-\(String(format: "%02d", $0 % 28 + 1))\n  place: Hall \($0)\n  people: \($0)\n" }) -> String {
        "# Visits.\n# One entry per visit.\n\n" + (0..<count).map(item).joined()
    }

    @Test func largePlainListIsSplitAtItemStartsWithTheirLineNumbers() throws {
        let text = Self.records(2000)
        let chunks = try #require(YAMLSequenceChunks.split(text, into: 2, maxNodes: Limits().maxYAMLNodes))
        #expect(chunks.count == 2)
        #expect(chunks.map(\.text).joined() == text)
        #expect(chunks[0].lineOffset == 0 && chunks[0].text.hasPrefix("# Visits."))
        let second = chunks[1]
        #expect(second.text.hasPrefix("- date: "))
        #expect(second.lineOffset == text[..<text.range(of: second.text)!.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).count - 1)
    }

    @Test func chunkedParseGivesTheSameRecordsLocationsAndErrors() throws {
        // Record 1500 has a bad date and record 1700 an unknown field: both in the second run.
        let text = Self.records(2000) { index in
            switch index {
            case 1500: return "- date: someday\n  place: Hall \(index)\n"
            case 1700: return "- date: 2024-02-02\n  place: Hall \(index)\n  colour: red\n"
            default: return "- date: 2024-01-\(String(format: "%02d", index % 28 + 1))\n  place: Hall \(index)\n  people: \(index)\n"
            }
        }
        #expect(YAMLSequenceChunks.split(text, into: 2, maxNodes: Limits().maxYAMLNodes) != nil)
        let file = SourceFile(path: "records/visits.yaml", relativePath: "records/visits.yaml", text: text)
        var chunked = Diagnostics()
        let records = RecordSetParser.parse(file, schema: Self.schema, limits: Limits(), diagnostics: &chunked)
        // The same file with one quote in a comment is never split, so it is the whole-file reading.
        let whole = SourceFile(path: file.path, relativePath: file.relativePath, text: text.replacingOccurrences(of: "# Visits.", with: "# Visits'"))
        #expect(YAMLSequenceChunks.split(whole.text, into: 2, maxNodes: Limits().maxYAMLNodes) == nil)
        var unsplit = Diagnostics()
        let expected = RecordSetParser.parse(whole, schema: Self.schema, limits: Limits(), diagnostics: &unsplit)
        #expect(records.count == expected.count && records.count >= 1998)
        #expect(records.map(\.location) == expected.map(\.location))
        #expect(records.map { $0.fields.mapValues(\.value) } == expected.map { $0.fields.mapValues(\.value) })
        #expect(chunked.sorted.map(\.description) == unsplit.sorted.map(\.description))
        #expect(chunked.all.count == 2)
        #expect(chunked.sorted.first?.location?.line == 3 + 1500 * 3 + 1)
    }

    @Test func aRunThatIsNotValidYAMLFallsBackToTheWholeFilesError() throws {
        // An unclosed flow list in the second half: parsed whole, the error is Yams' error for the whole file.
        let text = Self.records(2000) { index in
            index == 1600 ? "- date: 2024-01-01\n  place: [Hall,\n" : "- date: 2024-01-01\n  place: Hall \(index)\n"
        }
        let file = SourceFile(path: "records/visits.yaml", relativePath: "records/visits.yaml", text: text)
        var chunked = Diagnostics()
        _ = RecordSetParser.parse(file, schema: Self.schema, limits: Limits(), diagnostics: &chunked)
        var whole = Diagnostics()
        _ = YAMLDocument.parse(text, path: file.path, maxNodes: Limits().maxYAMLNodes, diagnostics: &whole)
        #expect(!whole.all.isEmpty)
        #expect(chunked.all.map(\.description) == whole.all.map(\.description))
    }

    @Test func textThatCouldMeanSomethingElseIsNeverSplit() {
        let maxNodes = Limits().maxYAMLNodes
        #expect(YAMLSequenceChunks.split(Self.records(100), into: 2, maxNodes: maxNodes) == nil) // small
        for marker in ["&a ", "*a", "!!str ", "\"q\"", "'q'", "|", ">", "{a: 1}", "\t"] {
            let text = Self.records(2000) { $0 == 5 ? "- date: 2024-01-01\n  place: \(marker)\n" : "- date: 2024-01-01\n  place: Hall\n" }
            #expect(YAMLSequenceChunks.split(text, into: 2, maxNodes: maxNodes) == nil, "\(marker)")
        }
        let document = "---\n" + Self.records(2000)
        #expect(YAMLSequenceChunks.split(document, into: 2, maxNodes: maxNodes) == nil)
        let mapping = "visits:\n" + Self.records(2000).replacingOccurrences(of: "\n- ", with: "\n  - ")
        #expect(YAMLSequenceChunks.split(mapping, into: 2, maxNodes: maxNodes) == nil)
        #expect(YAMLSequenceChunks.split(Self.records(2000), into: 2, maxNodes: 1000) == nil) // over the node bound
    }

    @Test func defaultReportsActivityLogIsSplit() throws {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("content/records/activities.yaml"), encoding: .utf8)
        let chunks = try #require(YAMLSequenceChunks.split(text, into: 2, maxNodes: Limits().maxYAMLNodes))
        #expect(chunks.count == 2 && chunks.map(\.text).joined() == text)
    }
}
