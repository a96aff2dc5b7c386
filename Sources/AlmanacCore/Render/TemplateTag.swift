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
    /// UTF-8 bytes of template text between the previous tag (or the start) and this one, and the offset just
    /// past this tag: the text a render writes around tags, for `TemplateCost`.
    var textBefore = 0, end = 0
    /// Columns of whitespace before the tag when nothing else precedes it on its line: swift-mustache indents every
    /// line a standalone partial or block writes by this much.
    var indent = 0

    init(kind: Kind, name: String, location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.location = location
        parts = name.split(ascii: ".").map(String.init)
        isTransform = name.utf8.contains(UInt8(ascii: "("))
    }

    /// Whether the tag opens something a matching close tag ends.
    var opensSection: Bool { kind == .section || kind == .inverted || kind == .parent || kind == .block }

    /// The tags of a template in order, with their places. Characters, not scalars, are compared, as
    /// swift-mustache does: `}` followed by a combining accent does not close a tag for it, so not for us either.
    /// Columns are counted in Unicode scalars, as every diagnostic counts them.
    static func scan(_ source: SourceFile) -> [TemplateTag] {
        scan(source, TemplateCharacters(source.text))
    }

    /// `scan(source)` over the text's Characters, already read (`TemplateSet` reads them once for the parser too).
    static func scan(_ source: SourceFile, _ text: TemplateCharacters) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        // Each Character as one number, so the scan compares integers: its scalar when it is a single one,
        // otherwise none that a brace or newline could equal.
        let codes = text.codes
        let open = UInt32(UInt8(ascii: "{")), close = UInt32(UInt8(ascii: "}")), newline = UInt32(UInt8(ascii: "\n"))
        var index = 0, line = 1, column = 1, offset = 0, previousEnd = 0, indent: Int? = 0
        func advance() {
            offset = text.offsets[index + 1]
            if codes[index] == newline {
                line += 1
                column = 1
                indent = 0
            } else {
                indent = codes[index] == 0x20 || codes[index] == 0x09 ? indent.map { $0 + 1 } : nil
                column += text.scalarCount(index)
            }
            index += 1
        }
        func closes(at position: Int, _ count: Int) -> Bool {
            position + count <= codes.count && (position..<position + count).allSatisfy { codes[$0] == close }
        }
        while index + 1 < codes.count {
            guard codes[index] == open, codes[index + 1] == open else { advance(); continue }
            let location = SourceLocation(path: source.path, line: line, column: column)
            let textBefore = offset - previousEnd, tagIndent = indent ?? 0
            let triple = index + 2 < codes.count && codes[index + 2] == open
            let closing = triple ? 3 : 2
            let start = index + closing
            var end = start
            while end + closing <= codes.count, !closes(at: end, closing) { end += 1 }
            let inner = text.string(start..<min(end, text.count))
            while index < min(end + closing, codes.count) { advance() }
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
            var tag = TemplateTag(kind: kind, name: body, location: location)
            (tag.textBefore, tag.end, tag.indent) = (textBefore, offset, tagIndent)
            previousEnd = offset
            tags.append(tag)
        }
        return tags
    }
}
