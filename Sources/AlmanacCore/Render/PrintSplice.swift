/// Placeholders for the print version's sections: the page is rendered once with a placeholder where each
/// section's HTML goes, cut at them, and later builds join the pieces with the sections' HTML instead of rendering
/// a document of every page again. The placeholder holds `&`, which escaping changes, so a template that escapes
/// or transforms the HTML leaves no placeholder to find and is rendered whole instead.
enum PrintSplice {
    private static let marker = Array("\u{1}&almanac-print-section-".utf8)

    static func placeholder(_ index: Int) -> String { "\u{1}&almanac-print-section-\(index)&\u{1}" }

    /// `html` cut at the placeholders 0 ..< `count`, each found once and in order; nil otherwise.
    static func cut(_ html: String, count: Int) -> [String]? {
        var html = html
        return html.withUTF8 { bytes -> [String]? in
            var pieces: [String] = []
            pieces.reserveCapacity(count + 1)
            var start = 0, index = 0
            while let found = find(marker, in: bytes, from: start) {
                let expected = Array(placeholder(index).utf8)
                guard index < count, found + expected.count <= bytes.count,
                      bytes[found ..< found + expected.count].elementsEqual(expected) else { return nil }
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< found]), as: UTF8.self))
                start = found + expected.count
                index += 1
            }
            guard index == count else { return nil }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return pieces
        }
    }

    /// The pieces with each section's HTML between them, as the file's bytes.
    static func join(_ pieces: [String], sections: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        join(pieces, sections: sections, into: &bytes)
        return bytes
    }

    /// The same, written over `bytes`: its memory is used again when nothing else holds it.
    static func join(_ pieces: [String], sections: [String], into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + sections.reduce(0) { $0 + $1.utf8.count })
        for (index, piece) in pieces.enumerated() {
            bytes += piece.utf8
            if index < sections.count { bytes += sections[index].utf8 }
        }
    }

    /// Where `needle` next starts at or after `start` (`ByteSearch`, memchr for its first byte).
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        return needle.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: UnsafeBufferPointer(rebasing: bytes[start...])) }
            .map { $0 + start }
    }
}
