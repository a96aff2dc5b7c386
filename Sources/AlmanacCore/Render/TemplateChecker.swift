import Foundation

/// Checks a template against the value it will render, so an unknown variable or partial is an error, not "".
struct TemplateChecker {
    /// Template sources by name, for partials and parents.
    let sources: [String: SourceFile]
    /// Each template's tags, read once: a build checks the same templates for every page.
    private let tagsByName: [String: [TemplateTag]]
    /// For each `{{<parent}}` tag (by template and tag index), the blocks it overrides, as ranges of tags.
    let overridesByParent: [String: [Int: [String: Range<Int>]]]

    /// A block's replacement from a child template: swift-mustache renders it where the parent expands the block,
    /// with the names found there, so it is checked there.
    private struct Override {
        var template: String
        var tags: Range<Int>
    }

    init(sources: [String: SourceFile], tagsByName: [String: [TemplateTag]]? = nil) {
        self.sources = sources
        let tagsByName = tagsByName ?? sources.mapValues(TemplateTag.scan)
        self.tagsByName = tagsByName
        overridesByParent = tagsByName.mapValues { tags in
            var byParent: [Int: [String: Range<Int>]] = [:]
            for (parent, start, close) in TemplateBlockGraph.definitions(in: tags) {
                byParent[parent, default: [:]][tags[start].name] = (start + 1)..<close
            }
            return byParent
        }
    }

    /// Problems found when `name` renders `value`.
    func check(template name: String, with value: TemplateValue) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var visiting: [String] = []
        check(name, stack: [value], overrides: [:], visiting: &visiting, problems: &problems)
        return problems
    }

    private func check(_ name: String, stack: [TemplateValue], overrides: [String: Override], visiting: inout [String],
                       problems: inout [Diagnostic]) {
        guard let tags = tagsByName[name] else { return }
        check(tags.indices, of: name, stack: stack, overrides: overrides, visiting: &visiting, problems: &problems)
    }

    /// Checks a run of one template's tags; `visiting` holds the templates and overrides being checked (a cycle
    /// is refused before rendering, so one met here is not followed again).
    private func check(_ range: Range<Int>, of name: String, stack: [TemplateValue], overrides: [String: Override],
                       visiting: inout [String], problems: inout [Diagnostic]) {
        let key = "\(name)@\(range.lowerBound)"
        guard let tags = tagsByName[name], visiting.count < 32, !visiting.contains(key) else { return }
        visiting.append(key)
        defer { visiting.removeLast() }
        var stack = stack
        var pushed: [Int] = []
        for index in range {
            let tag = tags[index]
            switch tag.kind {
            case .comment, .close, .delimiter, .pragma:
                // Delimiters and pragmas are refused before any template is checked (TemplateSafetyRules).
                if tag.kind == .close, let count = pushed.popLast() { stack.removeLast(count) }
            case .variable, .unescaped:
                guard let value = resolve(tag, in: stack, problems: &problems)?.forced else { continue }
                if let problem = Self.printingProblem(tag, value) { problems.append(problem) }
            case .section:
                let value = resolve(tag, in: stack, problems: &problems)?.forced
                switch value {
                case .object?, .text?, .html?: stack.append(value!); pushed.append(1)
                case .list(let items)?:
                    // An empty list renders nothing; items with no common shape are checked as an empty object,
                    // so only names from outside the list pass and "." cannot be printed.
                    let element = items.isEmpty ? .missing : Self.sectionShape(items)
                    stack.append(element); pushed.append(1)
                case .missing?:
                    // Absent here, so the section does not render and its names cannot be checked on this page.
                    stack.append(.missing); pushed.append(1)
                default: pushed.append(0)
                }
            case .inverted:
                _ = resolve(tag, in: stack, problems: &problems)
                pushed.append(0)
            case .block:
                // The default is checked here (in the child too, for a definition); an override where it renders.
                if let override = overrides[tag.name] {
                    check(override.tags, of: override.template, stack: stack, overrides: overrides, visiting: &visiting,
                          problems: &problems)
                }
                pushed.append(0)
            case .partial, .parent:
                if sources[tag.name] == nil {
                    problems.append(.error("unknown partial \"\(tag.name)\"", at: tag.location,
                                           hint: Suggestion.didYouMean(tag.name, among: sources.keys)))
                } else {
                    // Overrides already in force win over a nearer parent's, as in swift-mustache.
                    let own = (overridesByParent[name]?[index] ?? [:]).mapValues { Override(template: name, tags: $0) }
                    check(tag.name, stack: stack, overrides: overrides.merging(own) { outer, _ in outer },
                          visiting: &visiting, problems: &problems)
                }
                if tag.kind == .parent { pushed.append(0) }
            }
        }
    }

    /// Why a value may not be printed by this tag: HTML must be written unescaped, text escaped, and objects and
    /// lists are sections, never printed (swift-mustache would print their internal description, raw).
    static func printingProblem(_ tag: TemplateTag, _ value: TemplateValue) -> Diagnostic? {
        let triple = tag.kind == .unescaped
        switch value {
        case .html where !triple:
            return .error("\"\(tag.name)\" is HTML and would be shown escaped", at: tag.location,
                          hint: "write {{{\(tag.name)}}}")
        case .text where triple:
            return .error("\"\(tag.name)\" is text and must be escaped", at: tag.location, hint: "write {{\(tag.name)}}")
        case .flag where triple:
            return .error("\"\(tag.name)\" is not HTML and must be escaped", at: tag.location, hint: "write {{\(tag.name)}}")
        case .object, .list:
            return .error("\"\(tag.name)\" is a section, not a value to print", at: tag.location,
                          hint: "use {{#\(tag.name)}}…{{/\(tag.name)}} and print its fields")
        default:
            return nil
        }
    }

    /// Looks a (dotted) name up the context stack as Mustache does; reports it when unknown.
    private func resolve(_ tag: TemplateTag, in stack: [TemplateValue], problems: inout [Diagnostic]) -> TemplateValue? {
        // `.`, and a name of dots or nothing (`{{}}`, `{{..}}`), is the current value, as Mustache renders it.
        if tag.name == "." || tag.parts.isEmpty { return stack.last }
        let parts = tag.parts
        // Inside a list whose items could not be checked (it is empty here), nothing renders.
        if case .missing? = stack.last { return .missing }
        for context in stack.reversed() {
            guard case .object(let fields) = context.forced, var value = fields[parts[0]]?.forced else { continue }
            let strings = parts[0] == "strings" ? value : nil
            for part in parts.dropFirst() {
                guard case .object(let inner) = value, let next = inner[part]?.forced else {
                    if case .missing = value { return .missing }
                    if let strings {
                        problems.append(Self.unknownString(tag, among: StringsTemplateValue.keys(of: strings)))
                    } else {
                        problems.append(.error("unknown template variable \"\(tag.name)\"", at: tag.location,
                                               hint: Self.hint(part, value)))
                    }
                    return nil
                }
                value = next
            }
            if strings != nil, case .missing = value {
                problems.append(.error("string \"\(parts.dropFirst().joined(separator: "."))\" has a {placeholder} this page has no text for",
                                       at: tag.location, hint: "placeholders name values of the page, such as {report.title} or {page.title}"))
                return nil
            }
            return value
        }
        let known = stack.flatMap { value -> [String] in
            if case .object(let fields) = value { return Array(fields.keys) } else { return [] }
        }
        problems.append(.error("unknown template variable \"\(tag.name)\"", at: tag.location,
                               hint: Suggestion.didYouMean(parts[0], among: known)))
        return nil
    }

    /// `strings.KEY` with a key the strings file does not have, with the nearest key as a hint.
    private static func unknownString(_ tag: TemplateTag, among keys: [String]) -> Diagnostic {
        let key = tag.parts.dropFirst().joined(separator: ".")
        return .error("unknown string \"\(key)\": the strings file has no such key", at: tag.location,
                      hint: Suggestion.didYouMean(key, among: keys) ?? "strings keys are listed in templates/strings/en-GB.yaml")
    }

    private static func hint(_ name: String, _ value: TemplateValue) -> String? {
        guard case .object(let fields) = value else { return nil }
        return Suggestion.didYouMean(name, among: fields.keys)
    }

    /// The shape a list section is checked against. For a list of objects, the fields every item has, each field's
    /// common shape worked out only if the section names it: a list of a thousand theme cards is checked for the
    /// few fields its template prints, without building (or forcing) every other field of every card.
    static func sectionShape(_ items: [TemplateValue]) -> TemplateValue {
        var objects: [[String: TemplateValue]] = []
        objects.reserveCapacity(items.count)
        for item in items {
            guard case .object(let fields) = item.forced else { return commonShape(items) ?? .object([:]) }
            objects.append(fields)
        }
        var keys = Set(objects[0].keys)
        for fields in objects.dropFirst() where !keys.allSatisfy({ fields[$0] != nil }) {
            keys = keys.filter { fields[$0] != nil }
        }
        let fieldsOfItems = objects
        return .object(Dictionary(uniqueKeysWithValues: keys.map { key in
            (key, TemplateValue.lazy(LazyTemplateValue { commonShape(fieldsOfItems.map { $0[key]! }) ?? .object([:]) }))
        }))
    }

    /// The shape every item of a list has, so a name is accepted only when it renders safely for all of them;
    /// nil for an empty list.
    static func commonShape(_ items: [TemplateValue]) -> TemplateValue? {
        guard let first = items.first else { return nil }
        var shape = first.forced
        for item in items.dropFirst() {
            let value = item.forced
            // Items shaped alike (every nav link, every card) leave the shape as it is: checked without building
            // a new object for each, which was most of the template check on a report of a thousand pages.
            if !sameShape(shape, value) { shape = unify(shape, value) }
        }
        return shape
    }

    /// Whether `unify(a, b)` would give `a` back: the same fields, down to values of the same kind. Lists are not
    /// compared (unify makes their items' shape), so an object holding one always unifies.
    private static func sameShape(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.missing, .missing), (.text, .text), (.html, .html), (.flag, .flag): return true
        case let (.object(left), .object(right)):
            guard left.count == right.count else { return false }
            for (key, value) in left {
                guard let other = right[key], sameShape(value.forced, other.forced) else { return false }
            }
            return true
        default: return false
        }
    }

    /// What two values have in common: the fields both objects have, and for values of different kinds one no
    /// tag can misuse (text, which cannot be written unescaped, or an empty object, which cannot be printed).
    private static func unify(_ a: TemplateValue, _ b: TemplateValue) -> TemplateValue {
        switch (a, b) {
        case (.missing, _): return b
        case (_, .missing): return a
        case let (.object(left), .object(right)):
            var common: [String: TemplateValue] = [:]
            for (key, value) in left {
                guard let other = right[key] else { continue }
                common[key] = unify(value.forced, other.forced)
            }
            return .object(common)
        case let (.list(left), .list(right)):
            // A list stands for its items' common shape: joining the lists themselves copied every item of every
            // earlier list again for each further one (quadratic on a report of a thousand themes).
            let shapes = [commonShape(left), commonShape(right)].compactMap { $0 }
            return .list(shapes.count == 2 ? [unify(shapes[0], shapes[1])] : shapes)
        case (.text, .text), (.html, .html), (.flag, .flag): return a
        case (.text, _), (.html, _), (.flag, _): return b.isPrintable ? .text("") : .object([:])
        default: return .object([:])
        }
    }
}
