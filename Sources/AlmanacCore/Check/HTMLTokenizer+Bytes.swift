import Foundation

/// The tokenizer's byte classes and the element and attribute names it tells apart.
extension HTMLTokenizer {
    enum Byte {
        static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), equals = UInt8(ascii: "=")
        static let slash = UInt8(ascii: "/"), bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), dash = UInt8(ascii: "-")
        static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    }

    /// What a start tag's name means to the tokenizer.
    enum ElementKind { case ordinary, rawText, plainText, foreignRoot }

    /// What a start tag's name means (ASCII, any case); RAWTEXT and RCDATA elements alike hold no tags.
    static func element(named name: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> ElementKind {
        func isNamed(_ candidate: StaticString) -> Bool { matches(name, candidate, in: buffer) }
        switch name.count {
        case 3: return isNamed("xmp") ? .rawText : isNamed("svg") ? .foreignRoot : .ordinary
        case 4: return isNamed("math") ? .foreignRoot : .ordinary
        case 5: return isNamed("style") || isNamed("title") ? .rawText : .ordinary
        case 6: return isNamed("script") || isNamed("iframe") ? .rawText : .ordinary
        case 7: return isNamed("noembed") ? .rawText : .ordinary
        case 8: return isNamed("noframes") || isNamed("textarea") ? .rawText : .ordinary
        case 9: return isNamed("plaintext") ? .plainText : .ordinary
        default: return .ordinary
        }
    }

    /// Which wanted attribute `name` is (ASCII, any case), without making a string.
    static func wanted(_ name: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Attribute.Name? {
        func isNamed(_ candidate: StaticString) -> Bool { matches(name, candidate, in: buffer) }
        switch name.count {
        case 4: return isNamed("href") ? .href : nil
        case 3: return isNamed("src") ? .src : nil
        case 2: return isNamed("id") ? .id : nil
        default: return nil
        }
    }

    /// Whether the bytes in `name` spell `candidate` (lower-case letters) in any case.
    @inline(__always)
    static func matches(_ name: Range<Int>, _ candidate: StaticString, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count == candidate.utf8CodeUnitCount else { return false }
        for offset in 0..<name.count where buffer[name.lowerBound + offset] | 0x20 != candidate.utf8Start[offset] {
            return false
        }
        return true
    }

    // Byte classes as bit sets over 0..<64 (every byte that ends something is ASCII below `@`): one shift and test
    // per byte in the loops over tag and attribute names. White space is tab, line feed, form feed, carriage return
    // (a browser reads it as a line feed) and space.
    private static let whitespaceBits: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x20
    private static let tagNameEndBits: UInt64 = whitespaceBits | 1 << 0x2F | 1 << 0x3E            // and `/`, `>`
    private static let attributeNameEndBits: UInt64 = tagNameEndBits | 1 << 0x3D                   // and `=`
    private static let unquotedValueEndBits: UInt64 = whitespaceBits | 1 << 0x3E                   // and `>`

    @inline(__always)
    private static func isIn(_ bits: UInt64, _ byte: UInt8) -> Bool { byte < 64 && bits >> UInt64(byte) & 1 != 0 }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool { isIn(whitespaceBits, byte) }

    @inline(__always)
    static func endsTagName(_ byte: UInt8) -> Bool { isIn(tagNameEndBits, byte) }

    @inline(__always)
    static func endsUnquotedValue(_ byte: UInt8) -> Bool { isIn(unquotedValueEndBits, byte) }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }

    @inline(__always)
    static func endsAttributeName(_ byte: UInt8) -> Bool { isIn(attributeNameEndBits, byte) }
}
