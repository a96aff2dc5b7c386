#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hashing and comparing texts by their UTF-8 bytes, for keys that only need "the same file": `String`'s own
/// hashing and `hasSuffix` work on its normalised Characters, many times slower on a site's worth of pages.
enum UTF8Hash {
    /// Feeds the text's bytes and length (absent and empty differ) into `hasher`.
    static func combine(_ text: String?, into hasher: inout Hasher) {
        guard var text else { return hasher.combine(-1) }
        hasher.combine(text.utf8.count)
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func combine(_ text: Substring, into hasher: inout Hasher) {
        var text = text
        hasher.combine(text.utf8.count)
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// A file's bytes and length, as one block (`Array`'s own hashing takes them one at a time).
    static func combine(bytes: [UInt8], into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Whether two texts are one storage (then `same` answers without reading them).
    static func sharesStorage(_ first: String, _ second: String) -> Bool {
        var (first, second) = (first, second)
        return first.withUTF8 { a in second.withUTF8 { b in a.baseAddress == b.baseAddress && a.count == b.count } }
    }

    /// Whether two texts have the same bytes; at once when they share their storage.
    static func same(_ first: String, _ second: String) -> Bool {
        // Not through `same(first[...], second[...])`: making the two substrings was a fifth of a preview's 4,000
        // comparisons a save.
        var (first, second) = (first, second)
        guard first.utf8.count == second.utf8.count else { return false }
        return first.withUTF8 { a in second.withUTF8 { b in same(a, b) } }
    }

    static func same(_ first: Substring, _ second: Substring) -> Bool {
        var (first, second) = (first, second)
        guard first.utf8.count == second.utf8.count else { return false }
        return first.withUTF8 { a in second.withUTF8 { b in same(a, b) } }
    }

    /// Two buffers of the same bytes: at once when they are one.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.baseAddress == b.baseAddress || a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// `text` without `suffix` when it ends with exactly those bytes; nil otherwise.
    static func prefix(of text: String, before suffix: String) -> Substring? {
        prefix(of: text, before: suffix[...])
    }

    static func prefix(of text: String, before suffix: Substring) -> Substring? {
        var (text, suffix) = (text, suffix)
        let count = suffix.utf8.count, total = text.utf8.count
        guard count <= total else { return nil }
        let matches = text.withUTF8 { whole in
            suffix.withUTF8 { tail in count == 0 || memcmp(whole.baseAddress! + (total - count), tail.baseAddress!, count) == 0 }
        }
        guard matches else { return nil }
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: total - count)
        return text[..<end]
    }
}
