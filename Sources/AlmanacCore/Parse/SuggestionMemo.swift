/// "Did you mean" hints for one check of many records: each unknown word is looked up once, and after `budget`
/// distinct words no more are looked up (the hint falls back to the generic one), so a file of 20,000 different
/// unknown ids against a large register costs no more than `budget` searches.
final class SuggestionMemo {
    private var known: [String: String?] = [:]
    private var remaining: Int

    init(budget: Int = 200) {
        remaining = budget
    }

    func didYouMean(_ word: String, among candidates: some Collection<String>) -> String? {
        if let hint = known[word] { return hint }
        guard remaining > 0 else { return nil }
        remaining -= 1
        let hint = Suggestion.didYouMean(word, among: candidates)
        known[word] = hint
        return hint
    }
}
