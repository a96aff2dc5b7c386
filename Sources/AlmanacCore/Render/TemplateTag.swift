/// A tag of a user template with its place, read the way swift-mustache reads it so checks see what will render.
struct TemplateTag {
    enum Kind {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiter, pragma
    }

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

    /// Whether the tag opens something a matching close tag ends.
    var opensSection: Bool { kind == .section || kind == .inverted || kind == .parent || kind == .block }

    /// The tags of a template in order, with their places. Characters, not scalars, are compared, as
    /// swift-mustache does: `}` followed by a combining accent does not close a tag for it, so not for us either.
    /// Columns are counted in Unicode scalars, as every diagnostic counts them.
    static func scan(_ source: SourceFile) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let text = Array(source.text)
        var index = 0, line = 1, column = 1
        func advance() {
            if text[index] == "\n" { line += 1; column = 1 } else { column += text[index].unicodeScalars.count }
            index += 1
        }
        while index + 1 < text.count {
            guard text[index] == "{", text[index + 1] == "{" else { advance(); continue }
            let location = SourceLocation(path: source.path, line: line, column: column)
            let triple = index + 2 < text.count && text[index + 2] == "{"
            let closing: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            let start = index + (triple ? 3 : 2)
            var end = start
            while end + closing.count <= text.count, Array(text[end..<end + closing.count]) != closing { end += 1 }
            let inner = String(text[start..<min(end, text.count)])
            while index < min(end + closing.count, text.count) { advance() }
            var body = String(inner.trimmedOfWhitespace)
            let kind: Kind
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
                case "%": kind = .pragma
                default: kind = .variable
                }
                if kind != .variable { body = String(body.dropFirst().trimmedOfWhitespace) }
            }
            tags.append(TemplateTag(kind: kind, name: body, location: location))
        }
        return tags
    }
}
