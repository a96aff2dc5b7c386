/// Which templates include which (`{{> partial}}` and `{{< parent}}` alike), so a cycle or an over-deep chain
/// is an error before anything renders: swift-mustache would follow it until the stack overflows.
struct TemplateIncludeGraph {
    /// Most partials and parents one render may pass through below the template it started with.
    static let maxDepth = 16
    /// Most partial renders one template may expand to (every include of every included template counts), so
    /// a few small partials that each include the next many times cannot make a render run for ever.
    static let maxExpansions = 10_000

    /// An include tag naming a template that exists.
    private struct Edge {
        var target: String
        var tag: TemplateTag
    }

    private let edges: [String: [Edge]]

    init(tagsByName: [String: [TemplateTag]]) {
        edges = tagsByName.mapValues { tags in
            tags.filter { ($0.kind == .partial || $0.kind == .parent) && tagsByName[$0.name] != nil }
                .map { Edge(target: $0.name, tag: $0) }
        }
    }

    /// Every cycle found, or else every chain deeper than `maxDepth`, each at the include tag that closes or
    /// crosses it and with the chain of template names.
    func problems() -> [Diagnostic] {
        var walk = Walk()
        for name in edges.keys.sorted() where walk.height[name] == nil {
            visit(name, &walk)
        }
        guard walk.cycles.isEmpty else { return walk.cycles }
        return tooDeep(height: walk.height, deepest: walk.deepest) + tooMany(expansions: walk.expansions)
    }

    /// Depth-first state: templates on the current path, finished heights and the cycles met.
    private struct Walk {
        var path: [String] = []
        var pathEdges: [Edge] = []
        var height: [String: Int] = [:]
        var deepest: [String: Edge] = [:]
        /// Partial renders below a template, at most `maxExpansions + 1`.
        var expansions: [String: Int] = [:]
        var cycles: [Diagnostic] = []
        var reportedCycles: Set<[String]> = []
    }

    /// Returns the longest chain of includes below `name` (a back edge counts as none).
    @discardableResult
    private func visit(_ name: String, _ walk: inout Walk) -> Int {
        if let done = walk.height[name] { return done }
        walk.path.append(name)
        var height = 0, expansions = 0
        for edge in edges[name] ?? [] {
            if let start = walk.path.firstIndex(of: edge.target) {
                reportCycle(Array(walk.pathEdges[start...]) + [edge], &walk)
                continue
            }
            walk.pathEdges.append(edge)
            let below = visit(edge.target, &walk) + 1
            walk.pathEdges.removeLast()
            if below > height { (height, walk.deepest[name]) = (below, edge) }
            expansions = min(Self.maxExpansions + 1, expansions + 1 + walk.expansions[edge.target]!)
        }
        walk.path.removeLast()
        walk.height[name] = height
        walk.expansions[name] = expansions
        return height
    }

    /// Reports a cycle once, from its alphabetically first template, at that template's include tag.
    private func reportCycle(_ cycle: [Edge], _ walk: inout Walk) {
        let names = cycle.map(\.target)
        let first = names.indices.min { names[$0] < names[$1] }!
        // Start with the edge leaving that template, so the edge into it comes last.
        let rotated = Array(cycle[(first + 1)...] + cycle[...first])
        let members = rotated.map(\.target)
        guard walk.reportedCycles.insert(members).inserted else { return }
        let start = members.last!
        let chain = ([start] + members).joined(separator: " → ")
        walk.cycles.append(.error("partial \"\(start)\" includes itself: \(chain)", at: rotated.first!.tag.location,
                                  hint: "a partial cannot include itself, directly or through other partials"))
    }

    /// Templates expanding to too many partial renders, each reported where it first includes a partial and only
    /// where the templates it includes are each within the limit (where the expansion starts).
    private func tooMany(expansions: [String: Int]) -> [Diagnostic] {
        expansions.keys.sorted().compactMap { name in
            let targets = edges[name] ?? []
            guard expansions[name]! > Self.maxExpansions, let first = targets.first,
                  targets.allSatisfy({ expansions[$0.target]! <= Self.maxExpansions }) else { return nil }
            return .error("\"\(name)\" includes partials that include others more than \(Self.maxExpansions) times in all",
                          at: first.tag.location, hint: "include partials fewer times inside one another")
        }
    }

    /// Chains longer than `maxDepth`, reported from each template no over-deep template includes.
    private func tooDeep(height: [String: Int], deepest: [String: Edge]) -> [Diagnostic] {
        let overDeep = Set(height.filter { $0.value > Self.maxDepth }.keys)
        let included = Set(overDeep.flatMap { edges[$0]?.map(\.target) ?? [] })
        var problems: [Diagnostic] = []
        var crossings: Set<SourceLocation> = []
        for top in overDeep.subtracting(included).sorted() {
            var chain = [top]
            var crossing: TemplateTag?
            while let edge = deepest[chain.last!] {
                if chain.count == Self.maxDepth + 1 { crossing = edge.tag }
                chain.append(edge.target)
            }
            // Templates sharing a too-deep chain cross it at the same tag: report it once, from the first.
            guard let crossing, crossings.insert(crossing.location).inserted else { continue }
            problems.append(.error("partials are nested \(chain.count - 1) deep, more than \(Self.maxDepth): "
                                   + chain.joined(separator: " → "), at: crossing.location,
                                   hint: "include fewer partials inside one another"))
        }
        return problems
    }
}
