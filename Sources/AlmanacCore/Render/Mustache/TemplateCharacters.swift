/// A template's text as swift-mustache's parser walks it, one entry per Character, so `TemplateParser` compares
/// integers instead of Characters and copies text as byte ranges. ASCII is read byte by byte; a Character that
/// holds or may join a scalar of U+0080 or above goes through Swift's grapheme breaking, as swift-mustache's
/// `String.Index` does (a template with one `©` was read Character by Character throughout).
struct TemplateCharacters {
    /// What a Character equals: its scalar when it is a single one, `crlf` for "\r\n", `cluster` otherwise.
    let codes: [UInt32]
    /// Where each Character starts in `bytes`, and one more: the end.
    let offsets: [Int]
    let bytes: [UInt8]
    /// Each Character's `isNewline` and `isWhitespace`, which Swift decides on its first scalar.
    private let flags: [UInt8]
    /// Each Character's number of Unicode scalars when the text is not all ASCII (columns count scalars).
    private let scalarCounts: [Int]?

    /// Whether the text's first scalar joins a `}` before it into one Character (a combining mark, a joiner): put
    /// after `MustacheAdapter`'s pragma, it unmakes the pragma's closing `}}`, and swift-mustache refuses the template.
    let joinsPrecedingBrace: Bool

    static let crlf: UInt32 = 0x0D0A_0000
    static let cluster: UInt32 = .max
    private static let newlineFlag: UInt8 = 1, whitespaceFlag: UInt8 = 2

    init(_ text: String) {
        bytes = Array(text.utf8)
        joinsPrecedingBrace = bytes.first.map { $0 >= 0x80 } == true
            && ("}" + String(String.UnicodeScalarView(text.unicodeScalars.prefix(4)))).first != "}"
        var codes: [UInt32] = [], offsets: [Int] = [], flags: [UInt8] = []
        // Scalar counts are kept from the first Character beyond ASCII on; before it, each is one but "\r\n".
        var scalarCounts: [Int]?
        codes.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        flags.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index], next = index + 1 < bytes.count ? bytes[index + 1] : 0
            offsets.append(index)
            if byte < 0x80 && next < 0x80 {
                // An ASCII byte before another, or at the end, is a Character of its own: only a scalar of
                // U+0080 or above joins the one before it, and "\r\n" is one Character.
                if byte == 0x0D, next == 0x0A {
                    codes.append(Self.crlf)
                    flags.append(Self.newlineFlag | Self.whitespaceFlag)
                    scalarCounts?.append(2)
                    index += 2
                } else {
                    codes.append(UInt32(byte))
                    flags.append(Self.flags(firstScalar: UInt32(byte), isWhitespace: nil))
                    scalarCounts?.append(1)
                    index += 1
                }
                continue
            }
            // A Character that holds, or may join, a scalar of U+0080 or above: Swift's grapheme breaking says
            // where it ends. `index` is where a Character starts, so breaking from there finds the same one.
            if scalarCounts == nil { scalarCounts = codes.map { $0 == Self.crlf ? 2 : 1 } }
            let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: index)...].first!
            let scalars = character.unicodeScalars
            let first = scalars.first!
            if character == "\r\n" {
                codes.append(Self.crlf)
            } else {
                codes.append(scalars.count == 1 ? Self.asciiEquivalent(first.value) : Self.cluster)
            }
            flags.append(Self.flags(firstScalar: first.value, isWhitespace: first.properties.isWhitespace))
            scalarCounts?.append(scalars.count)
            index += character.utf8.count
        }
        offsets.append(bytes.count)
        self.codes = codes
        self.offsets = offsets
        self.flags = flags
        self.scalarCounts = scalarCounts
    }

    /// Characters compare by canonical equivalence, so swift-mustache takes these single scalars for the ASCII
    /// characters they decompose to: KELVIN SIGN is `K` (a name character), GREEK QUESTION MARK `;`, GREEK VARIA `` ` ``.
    private static func asciiEquivalent(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x212A: return 0x4B
        case 0x037E: return 0x3B
        case 0x1FEF: return 0x60
        default: return scalar
        }
    }

    private static func flags(firstScalar: UInt32, isWhitespace: Bool?) -> UInt8 {
        let newline: Bool
        switch firstScalar {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newline = true
        default: newline = false
        }
        let whitespace = isWhitespace ?? (firstScalar == 0x20 || (0x09...0x0D).contains(firstScalar))
        return (newline ? newlineFlag : 0) | (whitespace ? whitespaceFlag : 0)
    }

    var count: Int { codes.count }

    /// Unicode scalars in the Character at `index`: two for "\r\n", one for any other ASCII.
    func scalarCount(_ index: Int) -> Int {
        scalarCounts?[index] ?? (codes[index] == Self.crlf ? 2 : 1)
    }

    func isNewline(_ index: Int) -> Bool { flags[index] & Self.newlineFlag != 0 }
    func isWhitespace(_ index: Int) -> Bool { flags[index] & Self.whitespaceFlag != 0 }

    /// The UTF-8 bytes of Characters `range`.
    func utf8(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[offsets[range.lowerBound]..<offsets[range.upperBound]] }

    func string(_ range: Range<Int>) -> String { String(decoding: utf8(range), as: UTF8.self) }
}
