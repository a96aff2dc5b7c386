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
            let parts = name.split(separator: ".").map(String.init)
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

    /// Text swift-mustache accepts that this parser does not: Almanac's template rules refuse what it leaves out
    /// (delimiters, pragmas, transforms, dynamic partials) before anything is compiled.
    struct Unsupported: Error {}

    let nodes: [Node]

    /// Compiles `text` as swift-mustache does after `MustacheAdapter`'s content-type pragma, which stands alone on
    /// the first line only when the template's text starts with a line break.
    init(_ text: String) throws {
        var parser = TemplateParser(Array(text))
        var state = TemplateParser.State()
        state.newLine = parser.lineHasFinished()
        nodes = try parser.parse(state: state)
    }
}

/// swift-mustache's `MustacheTemplate.parse`, line for line, over an array of Characters (as it reads them).
struct TemplateParser {
    struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: Int?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    typealias Node = CompiledTemplate.Node
    private let characters: [Character]
    private var position = 0

    init(_ characters: [Character]) {
        self.characters = characters
    }

    private var reachedEnd: Bool { position == characters.count }
    private var current: Character { reachedEnd ? "\0" : characters[position] }

    private mutating func read(while accepts: (Character) -> Bool) -> ArraySlice<Character> {
        let start = position
        while !reachedEnd, accepts(characters[position]) { position += 1 }
        return characters[start..<position]
    }

    /// Reads `{{` or `}}` when it comes next; swift-mustache throws when fewer characters are left.
    private mutating func read(pair character: Character) throws -> Bool {
        guard characters.count - position >= 2 else { throw CompiledTemplate.Unsupported() }
        guard characters[position] == character, characters[position + 1] == character else { return false }
        position += 2
        return true
    }

    private static func isSpaceOrTab(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// Whether only spaces or tabs are left on the line; if so, reads past them and the line break.
    mutating func lineHasFinished() -> Bool {
        if reachedEnd { return true }
        var ahead = position
        while ahead < characters.count, Self.isSpaceOrTab(characters[ahead]) { ahead += 1 }
        guard ahead < characters.count, characters[ahead].isNewline else { return false }
        position = ahead + 1
        return true
    }

    private mutating func isStandalone(_ state: State) -> Bool { state.newLine && lineHasFinished() }

    mutating func parse(state initial: State) throws -> [Node] {
        var nodes: [Node] = []
        var state = initial
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(Array(whiteSpaceBefore.utf8)))
                whiteSpaceBefore = ""
            }
        }
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isSpaceOrTab)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = String(whiteSpace)
                }
            }
            let text = try readUntilTagOrNewline()
            if current.isNewline {
                nodes.append(.text(Array((whiteSpaceBefore + text + String(current)).utf8)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName()
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(state: state.withSectionName(name, newLine: setNewLine))
                nodes.append(inverted ? .invertedSection(.init(name), body: body) : .section(.init(name), body: body))
            case "/":
                position += 1
                guard try readName() == state.sectionName else { throw CompiledTemplate.Unsupported() }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes
            case "!":
                position += 1
                try skipComment()
                setNewLine = isStandalone(state)
            case "{":
                flushWhiteSpace()
                position += 1
                let name = try readName()
                guard current == "}" else { throw CompiledTemplate.Unsupported() }
                position += 1
                nodes.append(.variable(.init(name), escaped: false))
            case "&":
                flushWhiteSpace()
                position += 1
                nodes.append(.variable(.init(try readName()), escaped: false))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try readPartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                let standalone = isStandalone(state)
                if standalone { setNewLine = true }
                nodes.append(.partial(name, indentation: standalone ? Array(whiteSpaceBefore.utf8) : nil, overrides: nil))
                whiteSpaceBefore = ""
            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = try readPartialName()
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [Node]] = [:]
                for node in try parse(state: state.withInheritancePartial(name)) {
                    switch node {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw CompiledTemplate.Unsupported()
                    }
                }
                nodes.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8), overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let name = try readName()
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    nodes.append(.blockDefinition(name, body: try parse(state: state.withSectionName(name, newLine: setNewLine))))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.block(name, default: body, indentation: Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
            case "=", "%":
                throw CompiledTemplate.Unsupported()
            default:
                flushWhiteSpace()
                nodes.append(.variable(.init(try readName()), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw CompiledTemplate.Unsupported() }
        return nodes
    }

    /// Text up to a line break (left unread) or past the next `{{`.
    private mutating func readUntilTagOrNewline() throws -> String {
        var text = ""
        while !reachedEnd {
            let start = position
            while !reachedEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != "{" {
                position += 1
            }
            text += String(characters[start..<position])
            if current.isNewline { break }
            if current == "{" {
                if try read(pair: "{") { break }
                text.append("{")
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    private mutating func readName(_ allowed: Set<Character> = nameCharacters) throws -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: { allowed.contains($0) }))
        _ = read(while: \.isWhitespace)
        guard try read(pair: "}") else { throw CompiledTemplate.Unsupported() }
        // Transforms are refused by TemplateSafetyRules before compiling.
        guard !name.contains("(") else { throw CompiledTemplate.Unsupported() }
        return name
    }

    private mutating func readPartialName() throws -> String { try readName(Self.partialNameCharacters) }

    /// Past the comment's closing `}}`.
    private mutating func skipComment() throws {
        while !reachedEnd {
            if characters[position] == "}", position + 1 < characters.count, characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw CompiledTemplate.Unsupported()
    }
}
