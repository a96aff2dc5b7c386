import Mustache

/// The one HTML and XML escaper: Almanac's own markup (charts, the preview overlay) and every `{{variable}}`
/// in templates. Byte by byte: swift-mustache's own escaper looks up each Character in a dictionary, which
/// was a tenth of a large build.
public enum HTMLEscaping {
    /// Text content and double-quoted attribute values: `&`, `<`, `>`, `"` and `'` become entities; control
    /// characters other than tab and newline (not allowed in HTML or XML text) become spaces.
    public static func escape(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: needsEscaping) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(text)`'s bytes added to `out`, as templates write `{{variable}}`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // The runs between characters to escape are copied whole.
            var start = 0
            while let found = bytes[start...].firstIndex(where: needsEscaping) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< found]))
                appendEscaped(bytes[found], to: &out)
                start = found + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        default: out.append(UInt8(ascii: " "))
        }
    }

    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case ..<0x20: return byte != 9 && byte != 10
        default: return false
        }
    }

    /// The content type every template renders with: `{{variable}}` is escaped by `escape(_:)`.
    struct MustacheHTML: MustacheContentType {
        static let name = "ALMANAC_HTML"

        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }
}
