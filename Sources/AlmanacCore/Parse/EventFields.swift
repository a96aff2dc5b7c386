/// The fields an event set must have for theme pages to show its records as event highlights.
enum EventFields {
    /// Field name to required type; `precision` may be a choice of these words.
    static let required: [(String, FieldType)] = [("id", .id), ("title", .text), ("themes", .themes)]
    static let known: [(String, FieldType)] = [("date", .date), ("place", .text), ("note", .text)]
    static let precisionWords = ["exact", "at-least", "about"]

    static func check(_ schema: RecordSchema, diagnostics: inout Diagnostics) {
        for (name, type) in required {
            guard let field = schema.field(name) else {
                diagnostics.error("the events set needs a field \"\(name)\" of type \(FieldSchemaParser.typeName(type))",
                                  at: schema.location)
                continue
            }
            if field.type != type || field.optional {
                diagnostics.error("the events field \"\(name)\" must be a required \(FieldSchemaParser.typeName(type))", at: field.location)
            }
        }
        for (name, type) in known {
            if let field = schema.field(name), field.type != type {
                diagnostics.error("the events field \"\(name)\" must be of type \(FieldSchemaParser.typeName(type))", at: field.location)
            }
        }
        if let field = schema.field("precision") {
            guard case .choice(let words) = field.type, Set(words).isSubset(of: precisionWords) else {
                diagnostics.error("the events field \"precision\" must be a choice of \(precisionWords.joined(separator: ", "))",
                                  at: field.location)
                return
            }
        }
    }
}
