/// Records read straight from plain YAML (`SimpleYAMLReader.readPlain`), without composing Yams nodes: a records
/// file of a thousand entries was a fifth of the default report's build. Only a file whose every entry is valid
/// is read this way; anything else (an unknown or missing field, a value of the wrong type, a measure list that is
/// not a mapping) returns nil, and `RecordSetParser` reads the file through Yams nodes and words the problem.
/// The records are the same either way: `PlainRecordsTests` compares both on every records file we have.
struct PlainRecords {
    let schema: RecordSchema
    let path: String
    /// Added to the marks' lines when the YAML is a part of its file (`YAMLSequenceChunks`).
    let lineOffset: Int
    /// The declared fields' names, in order: a record's few keys are found among them by comparing names.
    private let names: [String]
    /// The declared fields' types, by place: read for each value without copying the whole declaration.
    private let types: [FieldType]
    private let requiredPlaces: [Int]
    private let exclusivePlaces: [[Int]]

    init(schema: RecordSchema, path: String, lineOffset: Int) {
        self.schema = schema
        self.path = path
        self.lineOffset = lineOffset
        let fields = Dictionary(schema.fields.enumerated().map { ($1.name, (place: $0, field: $1)) },
                                uniquingKeysWith: { first, _ in first })
        names = schema.fields.map(\.name)
        types = schema.fields.map(\.type)
        requiredPlaces = schema.fields.indices.filter { !schema.fields[$0].optional }
        exclusivePlaces = schema.exclusive.map { group in group.compactMap { fields[$0]?.place } }
    }

    /// The records of a list of entries, or nil when any entry needs a diagnostic.
    func records(_ root: PlainYAML) -> [Record]? {
        guard case .sequence(let items, _) = root else { return nil }
        var records: [Record] = []
        records.reserveCapacity(items.count)
        var given = [Bool](repeating: false, count: schema.fields.count)
        for item in items {
            guard case .mapping(let pairs, let mark) = item else { return nil }
            var values = RecordFields()
            values.reserveCapacity(pairs.count)
            for index in given.indices { given[index] = false }
            for (key, value) in pairs {
                // A repeated key goes to the Yams reading, which reports it.
                guard let place = names.firstIndex(of: key.text), !given[place] else { return nil }
                guard let read = read(types[place], value) else { return nil }
                values.appendNew(names[place], read)
                given[place] = true
            }
            guard requiredPlaces.allSatisfy({ given[$0] }),
                  exclusivePlaces.allSatisfy({ group in group.filter { given[$0] }.count <= 1 }) else { return nil }
            records.append(Record(fields: values, location: location(mark)))
        }
        return records
    }

    private func location(_ mark: PlainYAML.Mark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// A field's value as `RecordSetParser.read` makes it from the same node, or nil where that reports a problem.
    private func read(_ type: FieldType, _ node: PlainYAML) -> RecordField? {
        let location = location(node.mark)
        func single(_ value: RecordValue?) -> RecordField? { value.map { RecordField(value: $0, location: location) } }
        switch type {
        case .text: return single(text(node).map(RecordValue.text))
        case .number: return single(wholeNumber(node, maximum: nil).map(RecordValue.number))
        case .percent: return single(wholeNumber(node, maximum: 100).map(RecordValue.number))
        case .date: return single(text(node).flatMap(PartialDate.init).map(RecordValue.date))
        case .flag: return single(text(node).flatMap(ScalarReading.flag).map(RecordValue.flag))
        case .id, .theme, .organisation: return single(identifier(node).map(RecordValue.text))
        case .choice(let words):
            guard let text = text(node), words.contains(text) else { return nil }
            return single(.text(text))
        case .themes, .organisations:
            let items: [PlainYAML]
            switch node {
            case .sequence(let sequence, _): items = sequence
            case .scalar: items = [node]
            case .mapping: return nil
            }
            var ids: [String] = [], places: [SourceLocation] = []
            ids.reserveCapacity(items.count)
            places.reserveCapacity(items.count)
            for item in items {
                guard let id = identifier(item) else { return nil }
                ids.append(id)
                places.append(self.location(item.mark))
            }
            if type == .themes && ids.isEmpty { return nil }
            return RecordField(value: .ids(ids), location: location, itemLocations: places)
        case .measures:
            guard case .mapping(let pairs, _) = node else { return nil }
            var measures: [Measure] = []
            for (key, value) in pairs {
                guard let id = identifier(.scalar(key)), let percent = wholeNumber(value, maximum: 100) else { return nil }
                measures.append(Measure(id: id, percent: percent))
            }
            return RecordField(value: .measures(measures), location: location)
        }
    }

    private func text(_ node: PlainYAML) -> String? {
        guard case .scalar(let scalar) = node, !ScalarReading.isEmpty(scalar.text, plain: scalar.style == .plain) else { return nil }
        return scalar.text
    }

    private func wholeNumber(_ node: PlainYAML, maximum: Int?) -> Int? {
        guard let text = text(node), case .value(let value) = ScalarReading.wholeNumber(text, maximum: maximum) else { return nil }
        return value
    }

    private func identifier(_ node: PlainYAML) -> String? {
        text(node).flatMap { Identifier.isValid($0) ? $0 : nil }
    }
}
