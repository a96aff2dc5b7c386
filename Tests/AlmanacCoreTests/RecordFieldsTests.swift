import Testing
@testable import AlmanacCore

/// A record's fields, kept as two arrays, behave as the dictionary they replaced.
@Suite struct RecordFieldsTests {
    private static func field(_ text: String, line: Int = 1) -> RecordField {
        RecordField(value: .text(text), location: SourceLocation(path: "r.yaml", line: line, column: 1))
    }

    @Test func namesAreFoundSetReplacedAndRemoved() {
        var fields: RecordFields = ["beacon": Self.field("b1"), "theme": Self.field("alpha")]
        #expect(fields["theme"]?.value == .text("alpha"))
        #expect(fields["learner"] == nil)
        fields["theme"] = Self.field("beta", line: 2)
        #expect(fields["theme"]?.value == .text("beta") && fields["theme"]?.location.line == 2)
        #expect(fields.count == 2)
        fields["learner"] = Self.field("l1")
        #expect(fields.keys == ["beacon", "theme", "learner"], "kept in the order given")
        fields["beacon"] = nil
        #expect(fields.removeValue(forKey: "theme")?.value == .text("beta"))
        #expect(fields.removeValue(forKey: "theme") == nil)
        #expect(fields.keys == ["learner"] && fields.values.map(\.value) == [.text("l1")])
        fields["learner"] = nil
        #expect(fields.isEmpty)
    }

    @Test func iteratingAndMappingGiveEveryField() {
        let fields: RecordFields = ["a": Self.field("1"), "b": Self.field("2"), "c": Self.field("3")]
        #expect(fields.map(\.key) == ["a", "b", "c"])
        #expect(fields.map(\.value.value) == [.text("1"), .text("2"), .text("3")])
        #expect(fields.mapValues(\.value) == ["a": .text("1"), "b": .text("2"), "c": .text("3")])
    }

    @Test func aValueIsFoundAloneAndDistinctIDsComeInOrder() {
        let place = SourceLocation(path: "r.yaml", line: 1, column: 1)
        let short = ["b", "a", "b", "c", "a"], long = (0..<30).map { "id\($0 % 11)" }
        let record = Record(fields: ["one": Self.field("x"), "short": RecordField(value: .ids(short), location: place),
                                     "long": RecordField(value: .ids(long), location: place), "flag": RecordField(value: .flag(true), location: place)],
                            location: place)
        #expect(record.fields.value("one") == .text("x") && record.fields.value("none") == nil)
        for name in ["one", "short", "long", "flag", "none"] {
            var seen: [String] = []
            record.forEachDistinctID(name) { seen.append($0) }
            #expect(Set(seen) == Set(record.ids(name)) && seen.count == Set(seen).count, "\(name)")
            #expect(seen == record.ids(name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }, "first appearances, in order")
        }
    }
}
