@testable import AlmanacCore
import Testing

/// Trimming YAML values: the fast path for texts that start and end with printable ASCII gives what the
/// Character-by-Character path gives.
@Suite struct TrimmedOfWhitespaceTests {
    @Test(arguments: [
        ("plain", "plain"), ("  two sides\t", "two sides"), ("", ""), ("   ", ""), ("a", "a"), ("x\n", "x"),
        ("\u{00A0}non-breaking\u{00A0}", "non-breaking"), ("\u{2003}em space", "em space"), ("é", "é"),
        ("café ", "café"), ("e\u{0301}", "e\u{0301}"), ("~", "~"), ("a b", "a b"), ("\r\nline\r\n", "line"),
    ])
    func trims(_ text: String, _ trimmed: String) {
        #expect(String(text.trimmedOfWhitespace) == trimmed)
        #expect(String(text[...].trimmedOfWhitespace) == trimmed)
    }
}
