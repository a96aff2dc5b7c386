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

    /// Elements whose text is not markup (RAWTEXT and RCDATA), lower case.
    private static let rawTextNames: [[UInt8]] = ["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"]
        .map { Array($0.utf8) }
    private static let foreignRootNames: [[UInt8]] = ["svg", "math"].map { Array($0.utf8) }
    private static let plainTextName = Array("plaintext".utf8)

    static func element(named name: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> ElementKind {
        guard (3...9).contains(name.count) else { return .ordinary }
        func isNamed(_ candidate: [UInt8]) -> Bool {
            candidate.count == name.count && zip(buffer[name], candidate).allSatisfy { $0 | 0x20 == $1 }
        }
        if rawTextNames.contains(where: isNamed) { return .rawText }
        if foreignRootNames.contains(where: isNamed) { return .foreignRoot }
        return isNamed(plainTextName) ? .plainText : .ordinary
    }

    /// Which wanted attribute `name` is (ASCII, any case), without making a string.
    static func wanted(_ name: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Attribute.Name? {
        func isNamed(_ candidate: StaticString) -> Bool {
            guard name.count == candidate.utf8CodeUnitCount else { return false }
            for offset in 0..<name.count where buffer[name.lowerBound + offset] | 0x20 != candidate.utf8Start[offset] {
                return false
            }
            return true
        }
        switch name.count {
        case 4: return isNamed("href") ? .href : nil
        case 3: return isNamed("src") ? .src : nil
        case 2: return isNamed("id") ? .id : nil
        default: return nil
        }
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        // Tab, line feed, form feed, carriage return (a browser reads it as a line feed) and space.
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }

    @inline(__always)
    static func endsName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == Byte.slash || byte == Byte.greaterThan || byte == Byte.equals
    }
}
