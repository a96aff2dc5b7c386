/// swift-mustache's `MustacheTemplate.parse`, step for step, over `TemplateCharacters`: the same tokens for the same
/// text, including where standalone tags drop their line and which whitespace becomes a partial's indentation.
/// Delimiters, pragmas, transforms and dynamic partials are left out (`TemplateSafetyRules` refuses them).
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
    private let text: TemplateCharacters
    private var position = 0

    init(_ text: TemplateCharacters) {
        self.text = text
    }

    private var reachedEnd: Bool { position == text.count }
    /// The code of the Character at the position; 0 (swift-mustache's "\0") past the end.
    private var current: UInt32 { reachedEnd ? 0 : text.codes[position] }
    private var currentIsNewline: Bool { !reachedEnd && text.isNewline(position) }

    private static func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }
    private static let openBrace = ascii("{"), closeBrace = ascii("}"), lineFeed = ascii("\n")

    private mutating func readSpacesAndTabs() -> Range<Int> {
        let start = position
        while !reachedEnd, text.codes[position] == 0x20 || text.codes[position] == 0x09 { position += 1 }
        return start..<position
    }

    private mutating func skipWhitespace() {
        while !reachedEnd, text.isWhitespace(position) { position += 1 }
    }

    /// Reads `{{` or `}}` when it comes next; swift-mustache throws when fewer characters are left.
    private mutating func read(pair code: UInt32) throws -> Bool {
        guard text.count - position >= 2 else { throw CompiledTemplate.Unsupported() }
        guard text.codes[position] == code, text.codes[position + 1] == code else { return false }
        position += 2
        return true
    }

    /// Whether only spaces or tabs are left on the line; if so, reads past them and the line break.
    mutating func lineHasFinished() -> Bool {
        if reachedEnd { return true }
        var ahead = position
        while ahead < text.count, text.codes[ahead] == 0x20 || text.codes[ahead] == 0x09 { ahead += 1 }
        guard ahead < text.count, text.isNewline(ahead) else { return false }
        position = ahead + 1
        return true
    }

    private mutating func isStandalone(_ state: State) -> Bool { state.newLine && lineHasFinished() }

    mutating func parse(state initial: State) throws -> [Node] {
        var nodes: [Node] = []
        var state = initial
        var whiteSpaceBefore = 0..<0
        let text = self.text
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(Array(text.utf8(whiteSpaceBefore))))
                whiteSpaceBefore = 0..<0
            }
        }
        while !reachedEnd {
            if state.newLine {
                let whiteSpace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = min(whiteSpace.lowerBound + indent, whiteSpace.upperBound)..<whiteSpace.upperBound
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            // After `{{` too: swift-mustache then writes the line break and drops the braces.
            let written = try readUntilTagOrNewline()
            if currentIsNewline {
                nodes.append(.text(Array(text.utf8(whiteSpaceBefore)) + text.utf8(written) + text.utf8(position..<position + 1)))
                state.newLine = true
                position += 1
                continue
            }
            if !written.isEmpty {
                nodes.append(.text(Array(text.utf8(whiteSpaceBefore)) + text.utf8(written)))
                whiteSpaceBefore = 0..<0
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case Self.ascii("#"), Self.ascii("^"):
                let inverted = current == Self.ascii("^")
                position += 1
                let name = try readName()
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(state: state.withSectionName(name, newLine: setNewLine))
                nodes.append(inverted ? .invertedSection(.init(name), body: body) : .section(.init(name), body: body))
            case Self.ascii("/"):
                position += 1
                guard try readName() == state.sectionName else { throw CompiledTemplate.Unsupported() }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes
            case Self.ascii("!"):
                position += 1
                try skipComment()
                setNewLine = isStandalone(state)
            case Self.openBrace:
                flushWhiteSpace()
                position += 1
                let name = try readName()
                guard current == Self.closeBrace else { throw CompiledTemplate.Unsupported() }
                position += 1
                nodes.append(.variable(.init(name), escaped: false))
            case Self.ascii("&"):
                flushWhiteSpace()
                position += 1
                nodes.append(.variable(.init(try readName()), escaped: false))
            case Self.ascii(">"):
                position += 1
                skipWhitespace()
                let name = try readName(partial: true)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(text.utf8(whiteSpaceBefore)))) }
                let standalone = isStandalone(state)
                if standalone { setNewLine = true }
                nodes.append(.partial(name, indentation: standalone ? Array(text.utf8(whiteSpaceBefore)) : nil, overrides: nil))
                whiteSpaceBefore = 0..<0
            case Self.ascii("<"):
                position += 1
                skipWhitespace()
                let name = try readName(partial: true)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(text.utf8(whiteSpaceBefore)))) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [Node]] = [:]
                for node in try parse(state: state.withInheritancePartial(name)) {
                    switch node {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw CompiledTemplate.Unsupported()
                    }
                }
                nodes.append(.partial(name, indentation: Array(text.utf8(whiteSpaceBefore)), overrides: overrides))
                whiteSpaceBefore = 0..<0
            case Self.ascii("$"):
                position += 1
                let name = try readName()
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    nodes.append(.blockDefinition(name, body: try parse(state: state.withSectionName(name, newLine: setNewLine))))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(text.utf8(whiteSpaceBefore)))) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state: state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.block(name, default: body, indentation: Array(text.utf8(whiteSpaceBefore))))
                    whiteSpaceBefore = 0..<0
                }
            case Self.ascii("="), Self.ascii("%"):
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

    /// The Characters written before a line break (left unread) or the next `{{` (read past).
    private mutating func readUntilTagOrNewline() throws -> Range<Int> {
        let start = position
        while !reachedEnd {
            let code = text.codes[position]
            if code == Self.lineFeed || code == TemplateCharacters.crlf { break }
            if code == Self.openBrace, try read(pair: Self.openBrace) { return start..<position - 2 }
            position += 1
        }
        return start..<position
    }

    /// Whether a Character may be part of a name: the ASCII letters, digits and `.-_?()*`, and `/` in a partial's.
    private static func isNameCode(_ code: UInt32, partial: Bool) -> Bool {
        switch code {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case ascii("."), ascii("-"), ascii("_"), ascii("?"), ascii("("), ascii(")"), ascii("*"): return true
        case ascii("/"): return partial
        default: return false
        }
    }

    private mutating func readName(partial: Bool = false) throws -> String {
        skipWhitespace()
        let start = position
        while !reachedEnd, Self.isNameCode(text.codes[position], partial: partial) { position += 1 }
        let name = text.string(start..<position)
        skipWhitespace()
        guard try read(pair: Self.closeBrace) else { throw CompiledTemplate.Unsupported() }
        // Transforms are refused by TemplateSafetyRules before compiling; swift-mustache refuses a `)` without one.
        guard !name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else {
            throw CompiledTemplate.Unsupported()
        }
        return name
    }

    /// Past the comment's closing `}}`.
    private mutating func skipComment() throws {
        while !reachedEnd {
            if text.codes[position] == Self.closeBrace, position + 1 < text.count, text.codes[position + 1] == Self.closeBrace {
                position += 2
                return
            }
            position += 1
        }
        throw CompiledTemplate.Unsupported()
    }
}
