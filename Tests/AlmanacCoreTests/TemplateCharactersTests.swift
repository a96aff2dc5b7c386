@testable import AlmanacCore
import Testing

/// A template's Characters read byte by byte where the text is ASCII are the Characters Swift makes of it.
@Suite struct TemplateCharactersTests {
    @Test func asciiRunsAndOtherCharactersSplitAsSwiftSplitsThem() {
        let pieces = ["a", "{", "}", " ", "\t", "\r", "\n", "\r\n", "é", "e\u{301}", "\u{301}", "©", "\u{85}", "\u{2028}",
                      "\u{1F1EC}", "\u{1F1E7}", "\u{1F469}\u{200D}\u{1F4BB}", "\u{200D}", "K", "\u{212A}", "x\u{20DD}"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<3_000 {
            let text = (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let read = TemplateCharacters(text)
            let characters = Array(text)
            #expect(read.count == characters.count, "\(text.debugDescription)")
            guard read.count == characters.count else { continue }
            var offset = 0
            for (index, character) in characters.enumerated() {
                let first = character.unicodeScalars.first!
                #expect(read.offsets[index] == offset && read.scalarCount(index) == character.unicodeScalars.count)
                #expect(read.isNewline(index) == [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(first.value))
                #expect(read.isWhitespace(index) == first.properties.isWhitespace)
                let code: UInt32 = character == "\r\n" ? TemplateCharacters.crlf
                    : character.unicodeScalars.count > 1 ? TemplateCharacters.cluster
                    : first.value == 0x212A ? 0x4B : first.value
                #expect(read.codes[index] == code, "\(text.debugDescription) at \(index)")
                offset += character.utf8.count
            }
            #expect(read.offsets.last == text.utf8.count)
        }
    }
}
