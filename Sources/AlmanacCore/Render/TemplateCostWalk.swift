/// One page's walk for `TemplateCost`: each template run is walked once, a list section's body with every item
/// in one frame, so the walk grows with the template and the values, never with what they expand to.
struct TemplateCostWalk {
    /// The values one context frame may hold: a list section's frame holds all its items at once.
    struct Frame {
        var id: Int
        var values: [TemplateValue]
    }

    /// A child's block replacements in force: block name → template and tag range.
    typealias Overrides = [String: (template: String, tags: Range<Int>)]

    let cost: TemplateCost
    let page: String
    /// The first place the bound passed `TemplateCost.maxPageCost`.
    private(set) var problem: Diagnostic?
    private var frames = 0, depth = 0
    /// Tags visited so far, which bounds the item-by-item sums (`itemByItem`).
    private var steps = 0
    /// Bounds of templates already walked, by name, overrides and context frames: a partial included many times
    /// in one context is walked once.
    private var known: [WalkKey: Int] = [:]

    /// What a template's bound depends on: its name, the block overrides in force (sorted by block) and the frames.
    private struct WalkKey: Hashable {
        var name: String
        var overrides: [OverrideKey]
        var frames: [Int]
    }

    private struct OverrideKey: Hashable {
        var block: String, template: String, tags: Range<Int>
    }

    init(cost: TemplateCost, page: String) {
        self.cost = cost
        self.page = page
    }

    mutating func frame(_ values: [TemplateValue]) -> Frame {
        frames += 1
        return Frame(id: frames, values: values)
    }

    /// The bound of a whole template in this context.
    mutating func template(_ name: String, stack: [Frame], overrides: Overrides) -> Int {
        let key = WalkKey(name: name,
                          overrides: overrides.map { OverrideKey(block: $0.key, template: $0.value.template, tags: $0.value.tags) }
                              .sorted { $0.block < $1.block },
                          frames: stack.map(\.id))
        if let bound = known[key] { return bound }
        let bound = TemplateCost.add(run(cost.tags(name).indices, of: name, stack: stack, overrides: overrides),
                                     cost.trailingText(name))
        known[key] = bound
        return bound
    }

    /// The bound of a run of one template's tags with the text before each; `.max` once the page is too large.
    mutating func run(_ range: Range<Int>, of name: String, stack: [Frame], overrides: Overrides) -> Int {
        guard problem == nil else { return .max }
        let cost = self.cost, tags = cost.tags(name)
        var total = 0, index = range.lowerBound
        depth += 1
        defer { depth -= 1 }
        while index < range.upperBound {
            let tag = tags[index]
            steps += 1
            var here = 1 + tag.textBefore, next = index + 1
            /// What a section, block or parent holds, with the text before its close tag.
            func body(_ walk: inout TemplateCostWalk, _ stack: [Frame]) -> Int {
                let close = cost.close(of: index, in: name)
                next = close + 1
                let closeText = close < tags.count ? tags[close].textBefore : 0
                return TemplateCost.add(walk.run(index + 1..<close, of: name, stack: stack, overrides: overrides), closeText)
            }
            switch tag.kind {
            case .comment, .close, .delimiter, .pragma:
                break
            case .variable, .unescaped:
                here = TemplateCost.add(here, printed(tag, stack))
            case .section:
                let (count, items) = section(tag, stack)
                let inner = count == 0 ? 0 : TemplateCost.add(body(&self, stack + [frame(items)]), 1)
                next = cost.close(of: index, in: name) + 1
                var repeated = TemplateCost.multiply(count, inner)
                // Count × the largest item overstates a list of unequal items (the print version's articles, one
                // of them the long figures page): over the limit, add up the items one by one while that stays cheap.
                // A list still over the limit is reported with the count × largest bound, as before.
                if repeated > TemplateCost.maxPageCost, count == items.count, count > 1, problem == nil,
                   let summed = itemByItem(index + 1..<cost.close(of: index, in: name), of: name, items: items,
                                           stack: stack, overrides: overrides), summed <= TemplateCost.maxPageCost {
                    repeated = summed
                }
                here = TemplateCost.add(here, repeated)
            case .inverted:
                here = TemplateCost.add(here, body(&self, stack))
            case .block:
                // The default and any override: swift-mustache renders one of them, indented like the block.
                here = TemplateCost.add(here, body(&self, stack))
                if let override = overrides[tag.name] {
                    let replaced = depth > 1_000 ? .max : run(override.tags, of: override.template, stack: stack,
                                                               overrides: overrides)
                    here = TemplateCost.add(here, TemplateCost.multiply(1 + tag.indent, replaced))
                }
            case .partial, .parent:
                // Overrides already in force win over a nearer parent's, as in swift-mustache (see TemplateChecker).
                let own = cost.overrides(of: index, in: name).mapValues { (template: name, tags: $0) }
                let included = depth > 1_000 ? .max : template(tag.name, stack: stack,
                                                               overrides: overrides.merging(own) { outer, _ in outer })
                here = TemplateCost.add(here, TemplateCost.multiply(1 + tag.indent, included))
                // A parent's own text is never rendered, only its block definitions, where the parent expands them.
                if tag.kind == .parent { next = cost.close(of: index, in: name) + 1 }
            }
            total = TemplateCost.add(total, here)
            if total > TemplateCost.maxPageCost {
                if problem == nil { problem = tooLarge(tag, total) }
                return .max
            }
            index = next
        }
        return total
    }

    /// A list section's body walked once per item, each item alone in its frame, summed with one pass each; nil
    /// when that would take more than `itemByItemSteps` tags in all (nested lists would make it grow with what
    /// they expand to), leaving the cheaper count × largest bound.
    private mutating func itemByItem(_ body: Range<Int>, of name: String, items: [TemplateValue], stack: [Frame],
                                     overrides: Overrides) -> Int? {
        let closeText = body.upperBound < cost.tags(name).count ? cost.tags(name)[body.upperBound].textBefore : 0
        var total = 0
        for item in items {
            guard steps < Self.itemByItemSteps else { problem = nil; return nil }
            let bound = run(body, of: name, stack: stack + [frame([item])], overrides: overrides)
            total = TemplateCost.add(total, TemplateCost.add(TemplateCost.add(bound, closeText), 1))
            if total > TemplateCost.maxPageCost { break }
        }
        // An item over the limit is reported at this section, as the count × largest bound would be.
        problem = nil
        return total
    }

    /// Most tags one page's walk visits before it stops adding list items one by one.
    static let itemByItemSteps = 1_000_000

    private func tooLarge(_ tag: TemplateTag, _ total: Int) -> Diagnostic {
        let what = tag.kind == .section ? "this section" : tag.kind == .partial || tag.kind == .parent ? "this partial" : "here"
        return .error("page \"\(page)\" could render \(TemplateCost.describe(total)) or more by \(what), over the "
                      + "\(TemplateCost.describe(TemplateCost.maxPageCost)) limit for one page", at: tag.location,
                      hint: "sections over lists and partials repeat what they hold; nest fewer of them inside one another")
    }

    /// The most bytes a variable tag prints: escaping writes at most 6 bytes ("&quot;") for one.
    private func printed(_ tag: TemplateTag, _ stack: [Frame]) -> Int {
        let escape = tag.kind == .variable ? 6 : 1
        return resolve(tag, stack).reduce(0) { most, value in
            switch value {
            case .text(let text), .html(let text): return max(most, TemplateCost.multiply(text.utf8.count, escape))
            case .flag: return max(most, 5)
            default: return most // Objects and lists are never printed (TemplateChecker refuses them).
            }
        }
    }

    /// How many times a section renders at most, and every value its body may see as ".".
    private func section(_ tag: TemplateTag, _ stack: [Frame]) -> (count: Int, items: [TemplateValue]) {
        var count = 0, items: [TemplateValue] = []
        for value in resolve(tag, stack) {
            switch value {
            case .list(let list):
                count = max(count, list.count)
                items += list.map(\.forced)
            case .flag(false), .missing: break
            default:
                count = max(count, 1)
                items.append(value)
            }
        }
        return (count, items)
    }

    /// Every value a (dotted) name may stand for, looked up the context stack as Mustache does for each value
    /// a frame may hold.
    private func resolve(_ tag: TemplateTag, _ stack: [Frame]) -> [TemplateValue] {
        guard let first = tag.parts.first else { return stack.last?.values ?? [] }
        var found: [TemplateValue] = []
        for frame in stack.reversed() {
            var everyOneHasIt = true
            for value in frame.values {
                if case .object(let fields) = value, let field = fields[first] { found.append(field.forced) } else {
                    everyOneHasIt = false
                }
            }
            if everyOneHasIt { break }
        }
        return found.compactMap { value in
            tag.parts.dropFirst().reduce(Optional(value)) { value, part in
                guard case .object(let fields)? = value else { return nil }
                return fields[part]?.forced
            }
        }
    }
}
