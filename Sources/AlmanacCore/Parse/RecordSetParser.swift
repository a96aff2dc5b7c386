import Foundation
import Yams

/// Reads a records file as its declared set says: each entry a mapping of typed, located fields.
enum RecordSetParser {
    static func parse(_ file: SourceFile, schema: RecordSchema, limits: Limits, diagnostics: inout Diagnostics) -> [Record] {
        if let runs = runs(of: file, limits: limits) {
            let parsed = Parallel.map(runs) { parse($0, of: file, schema: schema, limits: limits) }
            if let records = joined(parsed, diagnostics: &diagnostics) { return records }
        }
        return parseWhole(file, schema: schema, limits: limits, diagnostics: &diagnostics)
    }

    /// The file read in one piece: straight from plain YAML when every entry is valid, else through Yams nodes.
    static func parseWhole(_ file: SourceFile, schema: RecordSchema, limits: Limits, diagnostics: inout Diagnostics) -> [Record] {
        if let records = plainRecords(file.text, path: file.path, lineOffset: 0, schema: schema, limits: limits) {
            return records
        }
        return recordsThroughYAMLNodes(file, schema: schema, limits: limits, diagnostics: &diagnostics)
    }

    /// The records of the whole file read through Yams nodes, with every problem worded.
    static func recordsThroughYAMLNodes(_ file: SourceFile, schema: RecordSchema, limits: Limits, diagnostics: inout Diagnostics) -> [Record] {
        guard let document = YAMLDocument.parse(file.text, path: file.path, maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics)
        else { return [] }
        return records(in: document, schema: schema, diagnostics: &diagnostics)
    }

    /// The cores this process may use, read once: `activeProcessorCount` reads the cgroup files again on every call
    /// (about ten system calls), and a build asked once for each records file.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// A large plain list cut into runs of items that parse on separate cores (`YAMLSequenceChunks`), two a core so
    /// that runs fill the gaps other files leave; nil to parse the file whole. No run is cut smaller than 16 KiB.
    static func runs(of file: SourceFile, limits: Limits) -> [YAMLSequenceChunks.Chunk]? {
        let wanted = min(2 * cores, file.text.utf8.count / (16 * 1024))
        return YAMLSequenceChunks.split(file.text, into: wanted, maxNodes: limits.maxYAMLNodes)
    }

    /// One run's records and problems, or nil when the run is not valid YAML on its own (the file is then parsed
    /// whole, so such errors read exactly as they would without the cut).
    static func parse(_ run: YAMLSequenceChunks.Chunk, of file: SourceFile, schema: RecordSchema, limits: Limits) -> Run? {
        if let records = plainRecords(run.text, path: file.path, lineOffset: run.lineOffset, schema: schema, limits: limits) {
            return Run(records: records, diagnostics: [])
        }
        var diagnostics = Diagnostics()
        guard let document = YAMLDocument.parse(run.text, path: file.path, lineOffset: run.lineOffset,
                                                maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics) else { return nil }
        return Run(records: records(in: document, schema: schema, diagnostics: &diagnostics), diagnostics: diagnostics.all)
    }

    /// The file's records from its runs in order, or nil when a run has to be parsed with the whole file.
    static func joined(_ runs: [Run?], diagnostics: inout Diagnostics) -> [Record]? {
        guard runs.allSatisfy({ $0 != nil }) else { return nil }
        diagnostics.append(contentsOf: runs.flatMap { $0!.diagnostics })
        return runs.flatMap { $0!.records }
    }

    /// The set as the rest of the build sees it. An optional set that is missing or broken is not counted (a declared
    /// value may stand in); a required one counts what parsed, so one bad entry does not turn every figure from it
    /// into a follow-on error.
    static func set(_ schema: RecordSchema, records: [Record]?, diagnostics: Diagnostics) -> RecordSet {
        RecordSet(schema: schema, records: records ?? [], isComplete: !schema.isOptional || (records != nil && !diagnostics.hasErrors))
    }

    /// What one run of a records file gave.
    struct Run: Sendable {
        var records: [Record]
        var diagnostics: [Diagnostic]
    }

    /// The records of plain YAML whose every entry is valid (`PlainRecords`); nil to read the text through Yams nodes.
    /// A text that could hold more nodes than the limit is left to `YAMLDocument`, which counts them.
    static func plainRecords(_ text: String, path: String, lineOffset: Int, schema: RecordSchema, limits: Limits) -> [Record]? {
        guard YAMLDocument.nodeBound(ofBytes: text.utf8.count) <= limits.maxYAMLNodes,
              let root = SimpleYAMLReader.readPlain(text) else { return nil }
        return PlainRecords(schema: schema, path: path, lineOffset: lineOffset).records(root)
    }

    private static func records(in document: YAMLDocument, schema: RecordSchema, diagnostics: inout Diagnostics) -> [Record] {
        let what = "\(schema.name) record"
        return document.listItems(what: schema.name, diagnostics: &diagnostics).compactMap { node in
            guard let fields = YAMLFields(node, in: document, what: what,
                                          required: schema.fields.filter { !$0.optional }.map(\.name),
                                          optional: schema.fields.filter(\.optional).map(\.name), diagnostics: &diagnostics)
            else { return nil }
            var values = RecordFields()
            var complete = true
            for field in schema.fields where fields.has(field.name) {
                if let value = read(field, from: fields, diagnostics: &diagnostics) { values[field.name] = value } else { complete = false }
            }
            for group in schema.exclusive {
                let given = group.filter { fields.has($0) }
                if given.count > 1 {
                    diagnostics.error("\(what) gives \(given.map { "\"\($0)\"" }.joined(separator: " and ")); keep one",
                                      at: fields.location(given[1]))
                }
            }
            guard complete, schema.fields.allSatisfy({ $0.optional || values[$0.name] != nil }) else { return nil }
            return Record(fields: values, location: fields.location)
        }
    }

    /// One field's value as its type says, or nil after reporting why not.
    static func read(_ field: FieldSchema, from fields: YAMLFields, diagnostics: inout Diagnostics) -> RecordField? {
        let name = field.name, location = fields.location(name)
        func single(_ value: RecordValue?) -> RecordField? { value.map { RecordField(value: $0, location: location) } }
        switch field.type {
        case .text: return single(fields.text(name, diagnostics: &diagnostics).map(RecordValue.text))
        case .number: return single(fields.count(name, diagnostics: &diagnostics).map(RecordValue.number))
        case .percent: return single(fields.percent(name, diagnostics: &diagnostics).map(RecordValue.number))
        case .date: return single(fields.date(name, diagnostics: &diagnostics).map(RecordValue.date))
        case .flag: return single(fields.flag(name, diagnostics: &diagnostics).map(RecordValue.flag))
        case .id, .theme, .organisation: return single(fields.identifier(name, diagnostics: &diagnostics).map(RecordValue.text))
        case .themes, .organisations:
            guard let items = fields.identifiers(name, diagnostics: &diagnostics) else { return nil }
            if field.type == .themes && items.isEmpty {
                diagnostics.error("\"\(name)\" must list at least one theme", at: location)
                return nil
            }
            return RecordField(value: .ids(items.map(\.id)), location: location, itemLocations: items.map(\.location))
        case .choice(let words):
            guard let text = fields.text(name, diagnostics: &diagnostics) else { return nil }
            guard words.contains(text) else {
                diagnostics.error("unknown \(name) \"\(text)\"", at: location,
                                  hint: Suggestion.didYouMean(text, among: words) ?? "\(name) is one of: \(words.joined(separator: ", "))")
                return nil
            }
            return single(.text(text))
        case .measures:
            guard let node = fields.node(name) else { return nil }
            guard case .mapping(let mapping) = node else {
                diagnostics.error("\"\(name)\" must map measure ids to percentages", at: location)
                return nil
            }
            var measures: [Measure] = []
            for (key, value) in mapping {
                if let id = fields.document.identifier(key, field: name, diagnostics: &diagnostics),
                   let percent = fields.document.wholeNumber(value, field: id, maximum: 100, diagnostics: &diagnostics) {
                    measures.append(Measure(id: id, percent: percent))
                }
            }
            return RecordField(value: .measures(measures), location: location)
        }
    }
}
