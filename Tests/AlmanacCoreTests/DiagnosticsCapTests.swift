import Testing
@testable import AlmanacCore

/// Many problems that each name a different value: listed up to a cap per file, counted in full, and looked up
/// for "did you mean" within a fixed budget.
@Suite struct DiagnosticsCapTests {
    @Test func distinctMessagesAreCappedPerFileAndStillCounted() {
        var diagnostics = Diagnostics()
        for line in 1...1_500 {
            diagnostics.error("unknown authority id \"x\(line)\"", at: SourceLocation(path: "records/a.yaml", line: line, column: 3))
        }
        diagnostics.error("unknown theme \"t\"", at: SourceLocation(path: "records/b.yaml", line: 1, column: 1))
        let sorted = diagnostics.sorted
        #expect(sorted.count == Diagnostics.maxListedPerFile + 2)
        #expect(sorted.reduce(0) { $0 + $1.problemCount } == 1_501)
        let summary = sorted[Diagnostics.maxListedPerFile]
        #expect(summary.description == "records/a.yaml:1001:3: error: … and 500 more errors in this file, not listed (at most 1000 are)")
        #expect(sorted.last?.location?.path == "records/b.yaml")
    }

    @Test func suggestionsStayWithinAFewEditsAndABudget() {
        #expect(Suggestion.didYouMean("sheffeld", among: ["sheffield", "leeds"]) == "did you mean \"sheffield\"?")
        let long = String(repeating: "a", count: 64)
        #expect(Suggestion.didYouMean(long, among: [String(repeating: "b", count: 64)]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        let memo = SuggestionMemo(budget: 2)
        #expect(memo.didYouMean("betta", among: ["beta"]) == "did you mean \"beta\"?")
        #expect(memo.didYouMean("gamma", among: ["gama"]) == "did you mean \"gama\"?")
        #expect(memo.didYouMean("delta", among: ["deta"]) == nil, "past the budget no new word is looked up")
        #expect(memo.didYouMean("betta", among: ["beta"]) == "did you mean \"beta\"?", "a word already looked up keeps its hint")
    }
}
