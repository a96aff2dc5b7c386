import Foundation

/// Parsed files kept from one build to the next in a long-running `almanac serve`: a file whose text has not
/// changed since the last build is not parsed again (the activity log alone is a third of a rebuild).
/// Parsing is a pure function of a file's text and the limits, so a hit gives exactly what parsing would.
public final class ParseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (text: String, context: String, limits: Limits, parsed: ParsedFile)] = [:]
    /// How many files were served from the cache (for tests).
    private(set) var hits = 0

    public init() {}

    /// The cached result for `source` when its text, the limits and `context` (the text of the model it was read
    /// by) are unchanged, else `parse()`, remembered.
    func parsed(_ source: SourceFile?, context: String, limits: Limits, parse: () -> ParsedFile) -> ParsedFile {
        guard let source else { return parse() }
        let cached = lock.withLock { entries[source.path] }
        if let cached, cached.limits == limits, cached.text == source.text, cached.context == context {
            lock.withLock { hits += 1 }
            return cached.parsed
        }
        let parsed = parse()
        lock.withLock { entries[source.path] = (source.text, context, limits, parsed) }
        return parsed
    }
}
