@testable import AlmanacCore
import Foundation
import Testing

/// `trimmingFoundationWhitespace` gives exactly what Foundation's `trimmingCharacters(in:)` gives with `.whitespaces`
/// and `.whitespacesAndNewlines`, which it replaces on the Markdown and figure-reference paths.
@Suite struct FoundationWhitespaceTests {
    @Test func everyScalarIsInTheSetsAsFoundationHasThem() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String.isFoundationWhitespace(value, newlines: false) != CharacterSet.whitespaces.contains(scalar)
                || String.isFoundationWhitespace(value, newlines: true) != CharacterSet.whitespacesAndNewlines.contains(scalar) {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func randomTextsTrimAsFoundationTrimsThem() {
        // White space of both kinds, combining marks (a trimmed space may leave one in front), surrogate-pair scalars,
        // the dashes of a quote's attribution and plain letters, in 5,000 texts of up to 12 scalars.
        let pieces: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{200B}", "\u{2028}", "\u{3000}",
                                        "\u{0301}", "\u{1F600}", "—", "-", "a", "Z", ".", "é"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &generator) { text.append(pieces.randomElement(using: &generator)!) }
            let string = String(text)
            let slice = ("x" + string + "x").dropFirst().dropLast()
            // Compared scalar by scalar: `==` on Strings would take canonically equivalent texts as the same.
            #expect(scalars(string.trimmingFoundationWhitespace()) == scalars(string.trimmingCharacters(in: .whitespaces)))
            #expect(scalars(string.trimmingFoundationWhitespace(newlines: true))
                    == scalars(string.trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(scalars(slice.trimmingFoundationWhitespace()) == scalars(slice.trimmingCharacters(in: .whitespaces)))
        }
    }
}
