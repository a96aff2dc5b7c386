/// What a template may not do whatever it renders, checked before templates are parsed or anything renders, so a
/// template can neither switch off Almanac's escaping nor reach what the checker cannot follow nor crash the engine.
enum TemplateSafetyRules {
    /// Most sections (and blocks, parents) open inside one another in one template; swift-mustache parses and
    /// renders each level with recursion.
    static let maxSectionDepth = 32

    /// Problems of one template on its own; a template with any is not handed to swift-mustache's parser.
    static func problems(in tags: [TemplateTag], known: Dictionary<String, [TemplateTag]>.Keys) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for tag in tags {
            switch tag.kind {
            case .pragma:
                problems.append(.error("pragmas are not allowed in templates: \"{{% \(tag.name) }}\"", at: tag.location,
                                       hint: "Almanac sets the content type itself, so that every {{name}} is escaped"))
            case .delimiter:
                problems.append(.error("changing delimiters is not supported", at: tag.location,
                                       hint: "the template checker reads only {{ }} tags; remove the {{=…=}} tag"))
            case .partial, .parent:
                if let problem = partialNameProblem(tag, known: known) { problems.append(problem) }
            case .variable, .unescaped, .section, .inverted, .block:
                if tag.isTransform {
                    problems.append(.error("template transforms are not supported: \"\(tag.name)\"", at: tag.location))
                }
            case .close, .comment:
                break
            }
        }
        if let tag = firstTooDeep(tags) {
            problems.append(.error("sections are nested more than \(maxSectionDepth) deep", at: tag.location,
                                   hint: "split the template into partials"))
        }
        return problems
    }

    /// Partial names are template file names: no dynamic names, folders or `..`, and the template must exist.
    private static func partialNameProblem(_ tag: TemplateTag, known: Dictionary<String, [TemplateTag]>.Keys) -> Diagnostic? {
        if tag.name.hasPrefix("*") {
            return .error("dynamic partial names are not supported: \"\(tag.name)\"", at: tag.location,
                          hint: "name the partial itself, so it can be checked before rendering")
        }
        let allowed = tag.name.unicodeScalars.allSatisfy { scalar in
            ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || scalar == "-" || scalar == "_"
        }
        if tag.name.isEmpty || !allowed {
            return .error("partial name \"\(tag.name)\" is not a template name", at: tag.location,
                          hint: "use the file name without .mustache or a folder: letters, digits, - and _")
        }
        if !known.contains(tag.name) {
            return .error("unknown partial \"\(tag.name)\"", at: tag.location,
                          hint: Suggestion.didYouMean(tag.name, among: known))
        }
        return nil
    }

    /// The first tag that opens a section deeper than `maxSectionDepth`.
    private static func firstTooDeep(_ tags: [TemplateTag]) -> TemplateTag? {
        var depth = 0
        for tag in tags {
            if tag.opensSection {
                depth += 1
                if depth > maxSectionDepth { return tag }
            } else if tag.kind == .close {
                depth = max(0, depth - 1)
            }
        }
        return nil
    }
}
