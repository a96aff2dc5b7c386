/// Who each theme lists, and which themes list an unknown organisation: one mistyped id in a theme's list would
/// otherwise make every record naming that organisation an error of its own.
struct ListingIndex {
    /// Listed organisations (entries and their partners) by theme slug.
    private let listed: [String: Set<String>]
    /// Themes whose list names an unknown organisation.
    private let suspect: Set<String>
    /// Per suspect theme, how many records wait on its list being mended.
    let waitingOnUnknown: [String: Int]

    init(_ report: ParsedReport) {
        let register = report.organisationByID
        var listed: [String: Set<String>] = [:]
        for theme in report.themes {
            listed[theme.slug, default: []].formUnion(theme.listed.flatMap { [$0.organisationID] + $0.partnerIDs })
        }
        self.listed = listed
        suspect = Set(report.themes.filter { theme in
            theme.listed.contains { entry in ([entry.organisationID] + entry.partnerIDs).contains { register[$0] == nil } }
        }.map(\.slug))
        var waiting: [String: Int] = [:]
        if !suspect.isEmpty {
            for set in report.recordSets {
                guard let themeField = set.schema.themeField?.name else { continue }
                let checked = set.schema.fields.filter(\.listedInTheme).map(\.name)
                for record in set.records {
                    guard let slug = record.ids(themeField).first, suspect.contains(slug) else { continue }
                    for field in checked {
                        if let id = record.text(field), register[id] != nil, listed[slug]?.contains(id) != true {
                            waiting[slug, default: 0] += 1
                        }
                    }
                }
            }
        }
        waitingOnUnknown = waiting
    }

    func lists(_ id: String, in slug: String) -> Bool { listed[slug]?.contains(id) == true }

    /// True when the theme's own list is broken, so records are not blamed for it.
    func excuses(_ slug: String) -> Bool { suspect.contains(slug) }
}
