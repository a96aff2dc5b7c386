/// "Did you mean …?" hints for mistyped ids and field names.
enum Suggestion {
    /// The closest candidate within a small edit distance (at most 4), as a hint, or nil. Candidates whose length
    /// differs by more than that are skipped, and each comparison stops once it cannot come within the limit, so
    /// one call costs about (candidates × word length × 9) steps.
    static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        let wanted = Array(word.lowercased().unicodeScalars)
        let limit = min(4, max(2, wanted.count / 3))
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - wanted.count) <= limit,
                  let distance = boundedEditDistance(wanted, other, limit: min(limit, (best?.1 ?? .max)))
            else { continue }
            if distance < (best?.1 ?? .max) || (distance == best?.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        return best.map { "did you mean \"\($0.0)\"?" }
    }

    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars), b = Array(right.unicodeScalars)
        return boundedEditDistance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// Levenshtein distance when it is at most `limit`, else nil; gives up on a row whose every cell is over it.
    static func boundedEditDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
