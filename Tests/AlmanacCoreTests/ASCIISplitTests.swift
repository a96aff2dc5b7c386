@testable import AlmanacCore
import Testing

/// `split(ascii:)` cuts a text into the pieces the standard library's Character-by-Character `split` gives.
@Suite struct ASCIISplitTests {
    @Test func randomTextsSplitAsTheStandardLibrarySplitsThem() {
        // ASCII texts (cut on bytes), \r\n pairs, and texts with a combining mark after a separator or other
        // non-ASCII text (split as before), with every maxSplits and both ways of treating empty pieces.
        let pieces = [".", "/", "#", "?", "a", "bc", "", "\r\n", "\r", "\n", " ", "é", "\u{0301}", "😀", ".."]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let separator = ["." as Character, "/", "#", "?"].randomElement(using: &generator)!
            let maxSplits = [0, 1, 2, Int.max].randomElement(using: &generator)!
            for omitting in [true, false] {
                let expected = text.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                let found = text.split(ascii: separator.unicodeScalars.first!, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
                #expect(found.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(text.debugDescription) \(separator)")
                #expect(found.map(\.startIndex) == expected.map(\.startIndex))
                let slice = ("x" + text + "x").dropFirst().dropLast()
                #expect(slice.split(ascii: separator.unicodeScalars.first!, maxSplits: maxSplits, omittingEmptySubsequences: omitting).map(String.init)
                        == slice.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting).map(String.init))
            }
        }
    }
}
