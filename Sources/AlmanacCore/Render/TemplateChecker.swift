import Foundation

/// Checks a template against the value it will render, so an unknown variable or partial is an error, not "".
struct TemplateChecker {
    /// Template sources by name, for partials and parents.
    let sources: [String: SourceFile]
    /// Each template's tags, read once: a build checks the same templates for every page.
    private let tagsByName: [String: [Tag]]

    init(sources: [String: SourceFile]) {
        self.sources = sources
        tagsByName = sources.mapValues { Self.tags(in: $0) }
    }

    /// A tag in a template, with its place.
    struct Tag {
        enum Kind { case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiter }
        var kind: Kind
        var name: String
        var location: SourceLocation
        /// `name` split at its dots, once: every page resolves the same tags.
        var parts: [String]
        var isTransform: Bool

        init(kind: Kind, name: String, location: SourceLocation) {
            self.kind = kind
            self.name = name
            self.location = location
            parts = name.split(separator: ".").map(String.init)
            isTransform = name.contains("(")
        }
    }

    /// Problems found when `name` renders `value`.
    func check(template name: String, with value: TemplateValue) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var visiting: [String] = []
        check(name, stack: [value], visiting: &visiting, problems: &problems)
        return problems
    }

    private func check(_ name: String, stack: [TemplateValue], visiting: inout [String], problems: inout [Diagnostic]) {
        guard let tags = tagsByName[name] else { return }
        guard visiting.count < 16, !visiting.contains(name) else { return }
        visiting.append(name)
        defer { visiting.removeLast() }
        var stack = stack
        var pushed: [Int] = []
        for tag in tags {
            switch tag.kind {
            case .comment, .close:
                if tag.kind == .close, let count = pushed.popLast() { stack.removeLast(count) }
            case .delimiter:
                problems.append(.error("changing delimiters is not supported", at: tag.location))
            case .variable, .unescaped:
                guard let value = resolve(tag, in: stack, problems: &problems)?.forced else { continue }
                if tag.kind == .variable, case .html = value {
                    problems.append(.error("\"\(tag.name)\" is HTML and would be shown escaped", at: tag.location,
                                           hint: "write {{{\(tag.name)}}}"))
                } else if tag.kind == .unescaped, case .text = value {
                    problems.append(.error("\"\(tag.name)\" is text and must be escaped", at: tag.location,
                                           hint: "write {{\(tag.name)}}"))
                }
            case .section:
                let value = resolve(tag, in: stack, problems: &problems)?.forced
                switch value {
                case .object?: stack.append(value!); pushed.append(1)
                case .list(let items)?:
                    if let element = Self.commonShape(items) { stack.append(element); pushed.append(1) } else {
                        stack.append(.missing); pushed.append(1)
                    }
                case .missing?:
                    // Absent here, so the section does not render and its names cannot be checked on this page.
                    stack.append(.missing); pushed.append(1)
                default: pushed.append(0)
                }
            case .inverted, .block:
                if tag.kind == .inverted { _ = resolve(tag, in: stack, problems: &problems) }
                pushed.append(0)
            case .partial, .parent:
                if sources[tag.name] == nil {
                    problems.append(.error("unknown partial \"\(tag.name)\"", at: tag.location,
                                           hint: Suggestion.didYouMean(tag.name, among: sources.keys)))
                } else {
                    check(tag.name, stack: stack, visiting: &visiting, problems: &problems)
                }
                if tag.kind == .parent { pushed.append(0) }
            }
        }
    }

    /// Looks a (dotted) name up the context stack as Mustache does; reports it when unknown.
    private func resolve(_ tag: Tag, in stack: [TemplateValue], problems: inout [Diagnostic]) -> TemplateValue? {
        if tag.name == "." { return stack.last }
        if tag.isTransform {
            problems.append(.error("template transforms are not supported: \"\(tag.name)\"", at: tag.location))
            return nil
        }
        let parts = tag.parts
        // Inside a list whose items could not be checked (it is empty here), nothing renders.
        if case .missing? = stack.last { return .missing }
        for context in stack.reversed() {
            guard case .object(let fields) = context.forced, var value = fields[parts[0]]?.forced else { continue }
            for part in parts.dropFirst() {
                guard case .object(let inner) = value, let next = inner[part]?.forced else {
                    if case .missing = value { return .missing }
                    problems.append(.error("unknown template variable \"\(tag.name)\"", at: tag.location,
                                           hint: Self.hint(part, value)))
                    return nil
                }
                value = next
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

    private static func hint(_ name: String, _ value: TemplateValue) -> String? {
        guard case .object(let fields) = value else { return nil }
        return Suggestion.didYouMean(name, among: fields.keys)
    }

    /// The fields every item of a list has, so a name is accepted only when it renders for all of them.
    static func commonShape(_ items: [TemplateValue]) -> TemplateValue? {
        guard let first = items.first else { return nil }
        guard case .object(var common) = first else { return first }
        for item in items.dropFirst() {
            guard case .object(let fields) = item else { return nil }
            var next: [String: TemplateValue] = [:]
            for (key, value) in common {
                guard let other = fields[key] else { continue }
                next[key] = value == .missing ? other : value
            }
            common = next
        }
        return .object(common)
    }

    /// The tags of a template in order, with their places.
    static func tags(in source: SourceFile) -> [Tag] {
        var tags: [Tag] = []
        let text = Array(source.text.unicodeScalars)
        var index = 0, line = 1, column = 1
        func advance() {
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        while index + 1 < text.count {
            guard text[index] == "{", text[index + 1] == "{" else { advance(); continue }
            let location = SourceLocation(path: source.path, line: line, column: column)
            let triple = index + 2 < text.count && text[index + 2] == "{"
            let closing: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = index + (triple ? 3 : 2)
            while end + closing.count <= text.count, Array(text[end..<end + closing.count]) != closing { end += 1 }
            let inner = String(String.UnicodeScalarView(text[(index + (triple ? 3 : 2))..<min(end, text.count)]))
            while index < min(end + closing.count, text.count) { advance() }
            var body = String(inner.trimmedOfWhitespace)
            let kind: Tag.Kind
            if triple { kind = .unescaped } else {
                switch body.first {
                case "!": kind = .comment
                case "#": kind = .section
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "<": kind = .parent
                case "$": kind = .block
                case "&": kind = .unescaped
                case "=": kind = .delimiter
                case "%": kind = .comment
                default: kind = .variable
                }
                if kind != .variable { body = String(body.dropFirst().trimmedOfWhitespace) }
            }
            tags.append(Tag(kind: kind, name: body, location: location))
        }
        return tags
    }
}
