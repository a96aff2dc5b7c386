/// Every set of records a figure rule may read: the declared record sets, plus `themes` (one record per theme,
/// field `theme`) and the theme listing under its key (one record per listed entry, with its `theme`).
public struct RuleSets: Sendable {
    public private(set) var schemas: [String: RecordSchema] = [:]
    /// Set names in declaration order, for messages.
    public private(set) var names: [String] = []

    public init(model: ReportModel) {
        let here = model.location
        add(RecordSchema(name: "themes", path: "themes/", isOptional: false, isEvents: false,
                         fields: [FieldSchema(name: "theme", type: .theme, optional: false, location: here)],
                         exclusive: [], location: here))
        if let listing = model.listing {
            var fields = [FieldSchema(name: "theme", type: .theme, optional: false, location: listing.location),
                          FieldSchema(name: listing.organisationField, type: .organisation, optional: false, location: listing.location)]
            if let partners = listing.partnersField {
                fields.append(FieldSchema(name: partners, type: .organisations, optional: true, location: listing.location))
            }
            add(RecordSchema(name: listing.key, path: "themes/", isOptional: false, isEvents: false,
                             fields: fields, exclusive: [], location: listing.location, title: listing.title))
        }
        for set in model.recordSets { add(set) }
    }

    private mutating func add(_ schema: RecordSchema) {
        guard schemas[schema.name] == nil else { return }
        schemas[schema.name] = schema
        names.append(schema.name)
    }

    /// The records of every set, the theme and listing sets built from the themes.
    public static func records(of report: ParsedReport) -> [String: RecordSet] {
        let sets = RuleSets(model: report.model)
        var result: [String: RecordSet] = [:]
        for set in report.recordSets { result[set.schema.name] = set }
        if let schema = sets.schemas["themes"] {
            result["themes"] = RecordSet(schema: schema, records: report.themes.map { theme in
                Record(fields: ["theme": RecordField(value: .text(theme.slug), location: theme.location)], location: theme.location)
            }, isComplete: true)
        }
        if let listing = report.model.listing, let schema = sets.schemas[listing.key] {
            let records = report.themes.flatMap { theme in
                theme.listed.map { entry in
                    var fields: RecordFields = ["theme": RecordField(value: .text(theme.slug), location: entry.location),
                                  listing.organisationField: RecordField(value: .text(entry.organisationID), location: entry.location)]
                    if let partners = listing.partnersField {
                        fields[partners] = RecordField(value: .ids(entry.partnerIDs), location: entry.location)
                    }
                    return Record(fields: fields, location: entry.location)
                }
            }
            result[listing.key] = RecordSet(schema: schema, records: records, isComplete: true)
        }
        return result
    }
}
