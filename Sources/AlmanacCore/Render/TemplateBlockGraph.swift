/// Which inheritance blocks an override expands (`{{$a}}…{{$b}}{{/b}}…{{/a}}` inside `{{<parent}}`, directly or
/// through partials), so an override that expands itself is an error: swift-mustache would recurse without end.
struct TemplateBlockGraph {
    /// Most block overrides one render may pass through inside one another.
    static let maxDepth = 8

    /// An override's expansion of another block.
    private struct Edge {
        var target: String
        var definition: TemplateTag
    }

    private var edges: [String: [Edge]] = [:]

    /// Needs an include graph without cycles (`TemplateIncludeGraph` reports none).
    init(tagsByName: [String: [TemplateTag]]) {
        var reach = Reach(tagsByName: tagsByName)
        for name in tagsByName.keys.sorted() {
            let tags = tagsByName[name]!
            for (_, index, close) in Self.definitions(in: tags) {
                for target in reach.blocks(in: tags[(index + 1)..<close]).sorted() {
                    edges[tags[index].name, default: []].append(Edge(target: target, definition: tags[index]))
                }
            }
        }
    }

    /// Cycles of overrides (at the definition that closes one), or else a chain deeper than `maxDepth` (at the
    /// definition that crosses the limit). The walk stops at the limit, however many blocks there are.
    func problems() -> [Diagnostic] {
        var cycles: Set<Diagnostic> = []
        var tooDeep: Diagnostic?
        var done: Set<String> = []
        func visit(_ block: String, path: [String]) {
            guard tooDeep == nil, !done.contains(block) else { return }
            let path = path + [block]
            for edge in edges[block] ?? [] {
                if let start = path.firstIndex(of: edge.target) {
                    let chain = path[start...] + [edge.target]
                    cycles.insert(.error("block \"\(edge.target)\" expands itself: " + chain.joined(separator: " → "),
                                         at: edge.definition.location,
                                         hint: "an override cannot expand its own block, directly or through partials"))
                } else if path.count > Self.maxDepth {
                    tooDeep = tooDeep ?? .error("block overrides are nested more than \(Self.maxDepth) deep: "
                                                + (path + [edge.target]).joined(separator: " → "), at: edge.definition.location)
                } else {
                    visit(edge.target, path: path)
                }
            }
            done.insert(block)
        }
        for block in edges.keys.sorted() {
            visit(block, path: [])
        }
        guard cycles.isEmpty else { return cycles.sorted() }
        return tooDeep.map { [$0] } ?? []
    }

    /// Block definitions (a `{{$name}}` directly inside `{{<parent}}`) as tag indices: the parent, the block, its close.
    static func definitions(in tags: [TemplateTag]) -> [(parent: Int, start: Int, close: Int)] {
        var open: [Int] = []
        var found: [(parent: Int, start: Int, close: Int)] = []
        for (index, tag) in tags.enumerated() {
            if tag.opensSection {
                open.append(index)
            } else if tag.kind == .close, let start = open.popLast(), tags[start].kind == .block,
                      let outer = open.last, tags[outer].kind == .parent {
                found.append((outer, start, index))
            }
        }
        return found
    }

    /// The blocks a run of tags expands, directly or through the templates it includes; remembered per template.
    private struct Reach {
        let tagsByName: [String: [TemplateTag]]
        var byTemplate: [String: Set<String>] = [:]

        init(tagsByName: [String: [TemplateTag]]) {
            self.tagsByName = tagsByName
        }

        mutating func blocks(in tags: ArraySlice<TemplateTag>) -> Set<String> {
            var found: Set<String> = []
            for tag in tags {
                switch tag.kind {
                case .block: found.insert(tag.name)
                case .partial, .parent: found.formUnion(blocks(ofTemplate: tag.name))
                default: break
                }
            }
            return found
        }

        private mutating func blocks(ofTemplate name: String) -> Set<String> {
            if let known = byTemplate[name] { return known }
            guard let tags = tagsByName[name] else { return [] }
            byTemplate[name] = []
            let found = blocks(in: tags[...])
            byTemplate[name] = found
            return found
        }
    }
}
