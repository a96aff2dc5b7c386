/// Puts a site's editions in order by the `previous: ../slug` each names, oldest first, so each is compared with
/// the one before it; an unknown edition or a loop is a located error.
enum EditionOrder {
    static func oldestFirst(_ editions: [EditionSite.Edition], diagnostics: inout Diagnostics) -> [EditionSite.Edition] {
        let slugs = editions.map(\.slug)
        var placed: [EditionSite.Edition] = [], done: Set<String> = []
        var waiting = editions
        for edition in editions {
            guard let sibling = edition.report?.settings.previousSibling, !slugs.contains(sibling.slug) else { continue }
            diagnostics.error("previous: names the edition \"\(sibling.slug)\", which is not in editions/", at: sibling.location,
                              hint: Suggestion.didYouMean(sibling.slug, among: slugs) ?? "editions: \(slugs.joined(separator: ", "))")
        }
        while !waiting.isEmpty {
            guard let next = waiting.firstIndex(where: { edition in
                guard let sibling = edition.report?.settings.previousSibling, slugs.contains(sibling.slug) else { return true }
                return done.contains(sibling.slug)
            }) else {
                for edition in waiting {
                    if let sibling = edition.report?.settings.previousSibling {
                        diagnostics.error("the editions' previous: chain goes round in a loop through \"\(edition.slug)\"",
                                          at: sibling.location)
                    }
                }
                return placed + waiting
            }
            done.insert(waiting[next].slug)
            placed.append(waiting.remove(at: next))
        }
        return placed
    }

    /// An edition's figures as the next edition compares with them.
    static func previous(_ figures: FigureTable, edition: String, strings: ReportStrings, at location: SourceLocation) -> PreviousEdition {
        PreviousEdition(edition: edition, figures: figures.ordered.map { figure in
            PreviousFigure(name: figure.name, value: figure.value, unit: figure.unit, definition: figure.declaration?.definition,
                           rule: figure.ruleWithCounts, label: figure.label.map { strings.label($0, count: figure.value) })
        }, location: location)
    }
}
