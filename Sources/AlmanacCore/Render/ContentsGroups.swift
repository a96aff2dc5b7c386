/// A long list of the contents (themes, free pages) split into numbered runs under headings, so every page stays
/// reachable from the contents of a large report while each page links only to the contents and its own run.
struct ContentsGroups {
    /// One run of the list: the id of its heading on the contents page, the heading (nil when the list is not
    /// split) and the offsets of its items in the list.
    struct Group {
        let id: String
        let heading: String?
        let items: Range<Int>
    }

    /// A list longer than this is split, into runs of this many.
    static let runLength = 50

    let groups: [Group]
    /// Where a page of the list, unsplit, links to on the contents page (the list's heading); nil: it has no section.
    private let whole: (title: String, id: String)?

    /// `count` items; `idPrefix` starts each run's id (`contents-themes` gives `contents-themes-51-100`); `heading`
    /// words a run from its first and last numbers (grouped for reading); `whole` names the unsplit list's heading.
    init(count: Int, idPrefix: String, whole: (title: String, id: String)?, heading: (String, String) -> String,
         grouped: (Int) -> String) {
        self.whole = whole
        guard count > 0 else {
            groups = []
            return
        }
        guard count > Self.runLength else {
            groups = [Group(id: whole?.id ?? idPrefix, heading: nil, items: 0..<count)]
            return
        }
        groups = stride(from: 0, to: count, by: Self.runLength).map { start in
            let end = min(start + Self.runLength, count)
            return Group(id: "\(idPrefix)-\(start + 1)-\(end)", heading: heading(grouped(start + 1), grouped(end)),
                         items: start..<end)
        }
    }

    /// Whether the list is split into runs with headings.
    var isSplit: Bool { groups.count > 1 }

    /// The page at `index`'s section for its breadcrumb: its run's heading on the contents page, or the whole list's
    /// heading when the list is not split (absent when that has none).
    func section(of index: Int, contents: String) -> TemplateValue {
        if isSplit {
            let group = groups[min(index / Self.runLength, groups.count - 1)]
            return .object(["title": .text(group.heading ?? ""), "url": .text("\(contents)#\(group.id)")])
        }
        guard let whole else { return .missing }
        return .object(["title": .text(whole.title), "url": .text("\(contents)#\(whole.id)")])
    }

    /// The runs for templates (none for an empty list), each with `id`, `heading` (absent when the list is not split), `labelled_by` (the id of
    /// the heading that names its items) and `items`, taken from the list's values in order.
    func value(_ items: [TemplateValue]) -> TemplateValue {
        .list(groups.map { group in
            let slice = group.items.clamped(to: items.indices)
            return .object(["id": .text(group.id), "heading": .optionalText(group.heading),
                            "labelled_by": .text(group.heading == nil ? (whole?.id ?? group.id) : group.id),
                            "items": .list(Array(items[slice]))])
        })
    }
}
