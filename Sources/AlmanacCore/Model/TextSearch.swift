#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Text helpers for hot paths. Substring search on UTF-8 bytes: Foundation's `range(of:)` and the standard library's generic
/// `firstRange(of:)` were each a tenth of a build's time on the default report.
extension Substring {
    /// The first occurrence of an ASCII or UTF-8 `pattern`, or nil (memchr and memcmp on the bytes).
    func utf8Range(of pattern: String) -> Range<String.Index>? {
        let view = utf8
        let found: Int?? = view.withContiguousStorageIfAvailable { haystack in
            Array(pattern.utf8).withUnsafeBufferPointer { needle in ByteSearch.firstOffset(of: needle, in: haystack) }
        }
        let offset: Int?
        if let found { offset = found } else {
            // Not contiguous (bridged text): copy once.
            offset = Array(view).withUnsafeBufferPointer { haystack in
                Array(pattern.utf8).withUnsafeBufferPointer { needle in ByteSearch.firstOffset(of: needle, in: haystack) }
            }
        }
        guard let offset else { return nil }
        let start = view.index(view.startIndex, offsetBy: offset)
        return start..<view.index(start, offsetBy: pattern.utf8.count)
    }
}

/// Byte-string search with the C library's vectorised primitives.
enum ByteSearch {
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        var offset = 0
        let lastStart = haystack.count - needle.count
        while offset <= lastStart {
            guard let hit = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return nil }
            let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle.baseAddress!, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// The offset of the first `byte` at or after `start` (memchr), or nil.
    @inline(__always)
    static func firstOffset(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
              let hit = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `byte` occurs at all (memchr).
    static func contains(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { firstOffset(of: byte, in: $0) != nil }
    }

    /// Whether `needle` occurs in `text`, compared as UTF-8 bytes (not Foundation's UTF-16 `range(of:)`).
    static func contains(_ needle: String, in text: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { firstOffset(of: $0, in: haystack) != nil } }
    }

    /// The offset of the last `byte` in `text`'s UTF-8 (the generic `utf8.lastIndex(of:)` steps an index a byte at a time).
    static func lastOffset(of byte: UInt8, in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in bytes.lastIndex(of: byte) }
    }

    /// Everything before the last `/` of a path, or "" when it has none (on bytes).
    static func folder(of path: String) -> Substring {
        lastOffset(of: UInt8(ascii: "/"), in: path).map { path[..<path.utf8.index(path.startIndex, offsetBy: $0)] } ?? ""
    }

    /// Whether `text`'s UTF-8 bytes start with `prefix` (memcmp; the generic `utf8.starts(with:)` steps an index a byte
    /// at a time, and a preview asks it of 2,000 paths a save).
    static func hasPrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            prefix.count <= bytes.count && (prefix.isEmpty || memcmp(bytes.baseAddress!, prefix, prefix.count) == 0)
        }
    }

    /// Whether `text`'s UTF-8 bytes end with `suffix` (memcmp).
    static func hasSuffix(_ text: String, _ suffix: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            suffix.count <= bytes.count
                && (suffix.isEmpty || memcmp(bytes.baseAddress! + (bytes.count - suffix.count), suffix, suffix.count) == 0)
        }
    }

    /// How many times `byte` occurs.
    static func count(_ byte: UInt8, in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var total = 0
            for candidate in bytes where candidate == byte { total += 1 }
            return total
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// Leading and trailing white space removed, without Foundation's slower general path.
    var trimmedOfWhitespace: Substring {
        // Most texts (each YAML value is trimmed) start and end with a printable ASCII byte: no white space to trim,
        // and no Character to build. (A Character that ends in such a byte starts with it, or with a mark that
        // is not white space.)
        var view = self[...]
        if let first = view.utf8.first, let last = view.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return view
        }
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return view
    }

    /// `split(separator:maxSplits:omittingEmptySubsequences:)` for an ASCII separator, cut on bytes when the text is
    /// ASCII: every Character of such a text is one byte but `\r\n`, which holds no other ASCII separator, so the
    /// pieces are the same. Splitting Character by Character (names on dots, paths on slashes) was 4.6 % of the
    /// default report's instructions. Any other text is split as before.
    func split(ascii separator: Unicode.Scalar, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true) -> [Substring] {
        let whole = self[...]
        let byte = UInt8(truncatingIfNeeded: separator.value)
        let cuts = separator.isASCII && separator != "\n" && separator != "\r"
            ? whole.utf8.withContiguousStorageIfAvailable { Self.asciiPieces($0, byte, maxSplits, omittingEmptySubsequences) }
            : nil
        guard let pieces = cuts.flatMap({ $0 }) else {
            return whole.split(separator: Character(separator), maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
        }
        // Offsets into UTF-8 text stored contiguously: each index is found without walking the text.
        let utf8 = whole.utf8, base = utf8.startIndex
        return pieces.map { whole[utf8.index(base, offsetBy: $0.lowerBound) ..< utf8.index(base, offsetBy: $0.upperBound)] }
    }

    /// The standard library's split, on the bytes of an ASCII text, as offsets; nil when the text is not ASCII.
    private static func asciiPieces(_ bytes: UnsafeBufferPointer<UInt8>, _ separator: UInt8, _ maxSplits: Int,
                                    _ omittingEmpty: Bool) -> [Range<Int>]? {
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false; break }
        guard ascii else { return nil }
        var pieces: [Range<Int>] = []
        var start = 0
        if maxSplits > 0 {
            for position in 0 ..< bytes.count where bytes[position] == separator {
                let appended = !(start == position && omittingEmpty)
                if appended { pieces.append(start ..< position) }
                start = position + 1
                if appended && pieces.count == maxSplits { break }
            }
        }
        if start != bytes.count || !omittingEmpty { pieces.append(start ..< bytes.count) }
        return pieces
    }

    /// What Foundation's `trimmingCharacters(in: .whitespaces)` (or `.whitespacesAndNewlines` with `newlines`) gives,
    /// scalar by scalar as it trims, without bridging to NSString: on Linux that copied the text, and a block quote's
    /// attribution check alone was 2.6 % of a 10,000-page build's samples.
    func trimmingFoundationWhitespace(newlines: Bool = false) -> String {
        var scalars = self[...].unicodeScalars[...]
        while let first = scalars.first, Self.isFoundationWhitespace(first.value, newlines: newlines) { scalars.removeFirst() }
        while let last = scalars.last, Self.isFoundationWhitespace(last.value, newlines: newlines) { scalars.removeLast() }
        return String(scalars)
    }

    /// Membership of Foundation's `CharacterSet.whitespaces` (with `newlines`: `.whitespacesAndNewlines`) as
    /// swift-corelibs-foundation has them; `FoundationWhitespaceTests` compares every scalar with the sets themselves.
    static func isFoundationWhitespace(_ scalar: UInt32, newlines: Bool) -> Bool {
        switch scalar {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newlines
        default: false
        }
    }
}
