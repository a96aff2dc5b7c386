import Foundation

/// Decodes character references in attribute values as a browser does, so a link is checked as the address it is (`&#x27;` is `'`).
enum HTMLCharacterReferences {
    /// `bytes` with every reference decoded (the plain conversion when there is no `&`), by the WHATWG rules for
    /// attribute values: numeric references, decimal or hex with `;` optional, with the standard's replacements for 0,
    /// surrogates, values past U+10FFFF and the Windows-1252 range 0x80–0x9F; and the named references `&amp;` `&lt;`
    /// `&gt;` `&quot;` `&apos;` `&nbsp;`, all but `&apos;` also without `;` unless followed by `=`, a letter or a digit.
    /// Any other named reference is kept as written: generated addresses never use one.
    static func decodeAttributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            if let (scalar, length) = reference(at: index, in: bytes) {
                out.append(contentsOf: String(Character(scalar)).utf8)
                index += length
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar a reference starting at `start` (an `&`) stands for and how many bytes it spans.
    private static func reference(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") { return numeric(at: start, in: bytes) }
        for (name, scalar, needsSemicolon) in named {
            guard index + name.count <= bytes.count, zip(name, bytes[index..<(index + name.count)]).allSatisfy({ $0 == $1 })
            else { continue }
            index += name.count
            if index < bytes.count, bytes[index] == UInt8(ascii: ";") { return (scalar, index + 1 - start) }
            if needsSemicolon { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") || isAlphanumeric(bytes[index]) { return nil }
            return (scalar, index - start)
        }
        return nil
    }

    /// `&#NNN;` or `&#xHHH;`; nil (kept as written) when no digit follows.
    private static func numeric(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        var index = start + 2
        var radix: UInt32 = 10
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            index += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while index < bytes.count, let digit = digitValue(bytes[index], radix: radix) {
            value = min(value * radix + digit, 0x110000)
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
        return (scalar(forCodePoint: value), index - start)
    }

    /// The replacements the standard makes for numeric references that are not plain characters.
    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return mapped }
        return Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Name (case-sensitive, without `&`), character, and whether `;` is required.
    private static let named: [(name: [UInt8], scalar: Unicode.Scalar, needsSemicolon: Bool)] = [
        (Array("amp".utf8), "&", false), (Array("lt".utf8), "<", false), (Array("gt".utf8), ">", false),
        (Array("quot".utf8), "\"", false), (Array("apos".utf8), "'", true), (Array("nbsp".utf8), "\u{A0}", false),
    ]

    /// Numeric references 0x80–0x9F name Windows-1252 characters (the five undefined ones stay as they are).
    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
}
