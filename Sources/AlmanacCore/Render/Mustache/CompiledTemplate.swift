/// A template as Almanac renders it: the tokens swift-mustache's parser makes of the same text (the same standalone
/// lines, partial indentation and block inheritance), over names split once, so a page renders `TemplateValue`s
/// directly instead of through swift-mustache's per-tag name splitting and casts (27 % of the default report).
/// It is only made of text swift-mustache has already accepted (`TemplateSet`), so its parser checks little.
struct CompiledTemplate: Sendable {
    /// How a tag's name finds its value, as swift-mustache splits it: `.` (or nothing) is the current value, a name
    /// after a leading dot looks only in the current value, any other is searched for down the context stack.
    enum Name: Sendable, Equatable {
        case current
        case inCurrent([String])
        case inStack([String])

        init(_ name: String) {
            let parts = name.split(ascii: ".").map(String.init)
            if name == "." || parts.isEmpty {
                self = .current
            } else {
                self = name.first == "." ? .inCurrent(parts) : .inStack(parts)
            }
        }
    }

    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, body: [Node])
        case invertedSection(Name, body: [Node])
        /// `indentation` is set for a standalone partial and every parent; `overrides` for a parent.
        case partial(String, indentation: [UInt8]?, overrides: [String: [Node]]?)
        case block(String, default: [Node], indentation: [UInt8])
        /// Only inside a parent's body while it is parsed; collected into the parent's `overrides`.
        case blockDefinition(String, body: [Node])
    }

    /// Text this parser refuses: what swift-mustache refuses too (its error is shown), and what Almanac's template
    /// rules refuse before anything is compiled (delimiters, pragmas, transforms, dynamic partials).
    struct Unsupported: Error {}

    let nodes: [Node]

    /// Compiles `text` as swift-mustache does after `MustacheAdapter`'s content-type pragma, which stands alone on
    /// the first line only when the template's text starts with a line break.
    init(_ text: TemplateCharacters) throws {
        guard !text.joinsPrecedingBrace else { throw Unsupported() }
        var parser = TemplateParser(text)
        var state = TemplateParser.State()
        state.newLine = parser.lineHasFinished()
        nodes = try parser.parse(state: state)
    }
}

