/// An upper bound of what rendering a template against a value writes and does, found without rendering: each
/// section multiplies what it holds by its list's length, each partial adds its own bound, so nested sections and
/// fanned-out partials are refused, at the tag that makes them too large, without being expanded. Worked out only
/// for a page whose render passed `TemplateSet.stepsBeforeBounding` or `maxPageCost`.
struct TemplateCost {
    /// Most a page may come to: bytes written plus one for every tag and every section pass rendered. Real pages
    /// are far smaller (a 10,000-page report's pages ~10 KB, the whole report to print ~1 MB); 64 MiB is a page no
    /// reader opens yet still renders in seconds and fits in memory on every core at once.
    static let maxPageCost = 64 << 20

    private let tagsByName: [String: [TemplateTag]]
    private let overridesByParent: [String: [Int: [String: Range<Int>]]]
    /// Each template's text after its last tag, in UTF-8 bytes.
    private let trailing: [String: Int]
    private let paths: [String: String]
    /// For each tag opening a section, block or parent, the index of its close tag.
    private let closes: [String: [Int: Int]]

    init(sources: [String: SourceFile], tagsByName: [String: [TemplateTag]],
         overridesByParent: [String: [Int: [String: Range<Int>]]]) {
        self.tagsByName = tagsByName
        paths = sources.mapValues(\.path)
        self.overridesByParent = overridesByParent
        trailing = sources.reduce(into: [:]) { $0[$1.key] = $1.value.text.utf8.count - (tagsByName[$1.key]?.last?.end ?? 0) }
        closes = tagsByName.mapValues { tags in
            var open: [Int] = [], closes: [Int: Int] = [:]
            for (index, tag) in tags.enumerated() {
                if tag.opensSection { open.append(index) } else if tag.kind == .close, let start = open.popLast() {
                    closes[start] = index
                }
            }
            return closes
        }
    }

    /// An error at the tag where the page's bound passes `maxPageCost`, naming the page and the size; nil when
    /// the page is within it.
    func problem(template name: String, with value: TemplateValue, page: String) -> Diagnostic? {
        let (bound, problem) = walk(name, value, page: page)
        if problem == nil, bound > Self.maxPageCost, let path = paths[name] {
            return .error("page \"\(page)\" could render \(Self.describe(bound)), over the "
                          + "\(Self.describe(Self.maxPageCost)) limit for one page", at: .file(path))
        }
        return problem
    }

    /// The page's bound, `Int.max` once it passes `maxPageCost`.
    func bound(template name: String, with value: TemplateValue) -> Int {
        walk(name, value, page: name).bound
    }

    private func walk(_ name: String, _ value: TemplateValue, page: String) -> (bound: Int, problem: Diagnostic?) {
        var walk = TemplateCostWalk(cost: self, page: page)
        let frame = walk.frame([value.forced])
        let bound = walk.template(name, stack: [frame], overrides: [:])
        return (bound, walk.problem)
    }

    func tags(_ name: String) -> [TemplateTag] { tagsByName[name] ?? [] }
    func trailingText(_ name: String) -> Int { max(0, trailing[name] ?? 0) }
    func close(of index: Int, in name: String) -> Int { closes[name]?[index] ?? tags(name).count }
    func overrides(of index: Int, in name: String) -> [String: Range<Int>] { overridesByParent[name]?[index] ?? [:] }

    /// `a + b` and `a × b`, stopping at `Int.max` rather than overflowing.
    static func add(_ a: Int, _ b: Int) -> Int { a > Int.max - b ? .max : a + b }
    static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }

    /// A size for people: "12.3 MiB".
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 50 { return "more than 1 PiB" }
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var unit = 0, scale = 1
        while unit + 1 < units.count, bytes >= scale << 10 { (unit, scale) = (unit + 1, scale << 10) }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = bytes * 10 / scale
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}
