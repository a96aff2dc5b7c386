import Yams

/// Parses YAML into located nodes with Yams, refusing anchors, aliases and oversized documents.
struct YAMLDocument {
    let root: Node
    let path: String
    /// Added to Yams line numbers when the YAML sits inside a larger file (front matter).
    let lineOffset: Int

    /// Composes the text; problems are appended and nil is returned.
    static func parse(_ text: String, path: String, lineOffset: Int = 0, maxNodes: Int,
                      diagnostics: inout Diagnostics) -> YAMLDocument? {
        let node: Node?
        // Yams holds anchors weakly: keep the parser alive until the anchor check below has run.
        let parser: Parser?
        if let simple = SimpleYAMLReader.read(text) {
            // Plain block YAML, composed without libyaml; it holds no anchor, alias or tag.
            (node, parser) = (simple, nil)
        } else {
            do {
                // The basic resolver types nothing: every scalar stays text until Almanac checks it (and skips
                // Yams' regular expressions, a tenth of a build's time with the default resolver). The encoding is
                // named: Yams' default reads the whole process environment on every call (5% of a large build).
                let yams = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
                (node, parser) = (try yams.singleRoot(), yams)
            } catch let error as YamlError {
                diagnostics.append(diagnostic(for: error, path: path, lineOffset: lineOffset))
                return nil
            } catch {
                diagnostics.error("cannot read YAML: \(error)", at: .file(path))
                return nil
            }
        }
        guard let node else {
            diagnostics.error("file is empty", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                              hint: "see docs/content-format.md for what it must contain")
            return nil
        }
        let document = YAMLDocument(root: node, path: path, lineOffset: lineOffset)
        // Without a `&`, `*` or `!` byte the text can hold no anchor, alias or tag, and every node takes at least
        // one byte or is an empty value after an indicator byte (`-`, `?`, `:`, `,`), so there are at most about
        // two nodes a byte: a document within the limit by that bound needs no walk (a tenth of the default build).
        if Self.nodeBound(ofBytes: text.utf8.count) <= maxNodes, !containsAnchorAliasOrTagIndicator(text) {
            return document
        }
        var count = 0
        // The source is looked at only for a tagged-looking node; its line index is built the first time.
        var lines: ScalarColumnIndex?
        var tagged: [Diagnostic] = []
        let problem = withExtendedLifetime(parser) {
            document.firstForbiddenNode(node, count: &count, maxNodes: maxNodes, text: text, lines: &lines, tagged: &tagged)
        }
        if let problem {
            diagnostics.append(problem)
            return nil
        }
        if !tagged.isEmpty {
            diagnostics.append(contentsOf: tagged)
            return nil
        }
        return document
    }

    /// Most nodes YAML of `count` bytes with no alias can hold (ParseTests pins it on the densest YAML).
    static func nodeBound(ofBytes count: Int) -> Int { 3 * count + 3 }

    /// Whether any byte could start an anchor, alias or tag; false means none can be in the text.
    private static func containsAnchorAliasOrTagIndicator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes) != nil || ByteSearch.firstOffset(of: UInt8(ascii: "*"), in: bytes) != nil
                || ByteSearch.firstOffset(of: UInt8(ascii: "!"), in: bytes) != nil
        }
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1, column: 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Depth-first; stops at the first anchor, so an alias bomb is refused without being expanded.
    /// Tags do not stop the walk: every tagged node is collected in `tagged`.
    private func firstForbiddenNode(_ node: Node, count: inout Int, maxNodes: Int, text: String, lines: inout ScalarColumnIndex?,
                                    tagged: inout [Diagnostic]) -> Diagnostic? {
        count += 1
        if count > maxNodes {
            return .error("YAML document has more than \(maxNodes) nodes", at: location(node))
        }
        if node.anchor != nil || node.alias != nil {
            return .error("YAML anchors and aliases are not allowed", at: location(node),
                          hint: "write the value out in full")
        }
        if let tag = explicitTag(node, text: text, lines: &lines) {
            tagged.append(.error("YAML tags such as \(tag) are not allowed", at: location(node),
                                 hint: "remove the tag: Almanac reads every value as text and checks its type itself"))
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let problem = firstForbiddenNode(key, count: &count, maxNodes: maxNodes, text: text, lines: &lines, tagged: &tagged)
                    ?? firstForbiddenNode(value, count: &count, maxNodes: maxNodes, text: text, lines: &lines, tagged: &tagged) { return problem }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let problem = firstForbiddenNode(item, count: &count, maxNodes: maxNodes, text: text, lines: &lines, tagged: &tagged) { return problem }
            }
        case .scalar, .alias:
            break
        }
        return nil
    }

    /// The tag written on a node (`!!str`, `!custom`). Yams leaves an untagged node's tag name empty until
    /// something resolves it (hashing a mapping key does) and gives quoted scalars `str` either way, so a
    /// node whose name is its kind's default is confirmed by the source: a tag is where the node starts.
    private func explicitTag(_ node: Node, text: String, lines: inout ScalarColumnIndex?) -> String? {
        let name: String, defaultName: Tag.Name
        switch node {
        case .scalar(let scalar): (name, defaultName) = (scalar.tag.description, .str)
        case .mapping(let mapping): (name, defaultName) = (mapping.tag.description, .map)
        case .sequence(let sequence): (name, defaultName) = (sequence.tag.description, .seq)
        case .alias: return nil
        }
        guard !name.isEmpty else { return nil }
        if name == defaultName.rawValue {
            if lines == nil { lines = ScalarColumnIndex(text) }
            guard let mark = node.mark, lines?.byte(line: mark.line, column: mark.column) == UInt8(ascii: "!") else {
                return nil
            }
        }
        let core = "tag:yaml.org,2002:"
        return name.hasPrefix(core) ? "!!" + name.dropFirst(core.count) : name
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return .error("invalid YAML: \(detail)\(problem)", at: at(mark), hint: yamlHint(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in mapping",
                          at: at(context.mark), hint: "each key may appear once")
        case let .reader(problem, _, _, _):
            return .error("invalid YAML text: \(problem)", at: .file(path))
        default:
            return .error("invalid YAML: \(error)", at: .file(path))
        }
    }

    private static func yamlHint(_ problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") { return "put text containing \": \" in quotes" }
        return nil
    }
}
