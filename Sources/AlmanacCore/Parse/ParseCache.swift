import Foundation

/// Parsed files kept from one build to the next in a long-running `almanac serve`: a file whose text has not
/// changed since the last build is not parsed again (the activity log alone is a third of a rebuild).
/// Parsing is a pure function of a file's text and the limits, so a hit gives exactly what parsing would. Texts
/// compare by bytes: `String`'s `==` walks two copies of a text that is not ASCII in normalised form.
public final class ParseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (text: String, context: String, limits: Limits, parsed: ParsedFile)] = [:]
    /// How many files were served from the cache (for tests).
    private(set) var hits = 0
    /// The cross-file checks, kept while the content but the bodies (which no check reads) and the limits are the same.
    let crossFileChecks = KeptValue<CrossFileChecks>()
    /// Each theme and page file's front matter, hashed for the content key.
    let frontMatters = FrontMatterHashes()
    /// The strings merged with the wording, kept while the strings files, the wording, the language and the limits are.
    let strings = KeptValue<(strings: ReportStrings?, diagnostics: [Diagnostic])>()

    /// What the checks across files found: their diagnostics and the figure declarations to withhold.
    struct CrossFileChecks {
        let diagnostics: [Diagnostic]
        let withheld: Set<Int>
    }

    /// Each file's parse from an earlier build when its text, the limits and `context` (the text of the model it
    /// was read by) are unchanged, else `parse(index)`'s (on every core), kept. Looked up and kept in one go: 2,000
    /// lookups each taking the lock from two cores spent more time waiting for it than looking.
    func parsed(_ sources: [SourceFile?], context: String, limits: Limits, parse: @Sendable (Int) -> ParsedFile) -> [ParsedFile] {
        var results: [ParsedFile?] = lock.withLock {
            sources.map { source in
                guard let source, let index = entries.index(forKey: source.path) else { return nil }
                let cached = entries.values[index]
                guard cached.limits == limits, UTF8Hash.same(cached.text, source.text), UTF8Hash.same(cached.context, context) else {
                    return nil
                }
                // This build's copies of the same bytes are kept, so the next build finds them at once by their storage
                // (a file read again, as one is until it has settled, would otherwise be compared byte by byte for good).
                entries.values[index].text = source.text
                entries.values[index].context = context
                return cached.parsed
            }
        }
        let missing = results.indices.filter { results[$0] == nil }
        let parsed = Parallel.map(missing, parse)
        for (index, file) in zip(missing, parsed) { results[index] = file }
        lock.withLock {
            hits += sources.count - missing.count
            for (index, file) in zip(missing, parsed) {
                if let source = sources[index] { entries[source.path] = (source.text, context, limits, file) }
            }
        }
        return results.map { $0! }
    }

    /// The text kept for `path`, for tests.
    func keptText(_ path: String) -> String? { lock.withLock { entries[path]?.text } }

    public init() {}
}
