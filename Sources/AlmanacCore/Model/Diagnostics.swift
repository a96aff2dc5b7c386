/// Collects every problem of a run so authors see all of them at once, not one per build.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        all.append(.error(message, at: location, hint: hint))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        all.append(.warning(message, at: location, hint: hint))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many diagnostics with the same file, severity, message and hint are listed before the rest are summed up.
    public static let maxListedOfOneKindPerFile = 100

    /// Unique and in location order, as printed; past `maxListedOfOneKindPerFile` of one kind in one file, the rest
    /// become one line at the first one left out, so one repeated mistake cannot bury everything else.
    public var sorted: [Diagnostic] {
        let unique = Array(Set(all)).sorted()
        var totals: [Kind: Int] = [:]
        for diagnostic in unique { if let kind = Kind(diagnostic) { totals[kind, default: 0] += 1 } }
        guard totals.values.contains(where: { $0 > Self.maxListedOfOneKindPerFile }) else { return unique }
        var listed: [Kind: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in unique {
            guard let kind = Kind(diagnostic) else {
                result.append(diagnostic)
                continue
            }
            listed[kind, default: 0] += 1
            let count = listed[kind]!
            if count <= Self.maxListedOfOneKindPerFile {
                result.append(diagnostic)
            } else if count == Self.maxListedOfOneKindPerFile + 1 {
                let more = totals[kind]! - Self.maxListedOfOneKindPerFile
                var summary = Diagnostic(diagnostic.severity, "… and \(more) more like this in this file: \(diagnostic.message)",
                                         at: diagnostic.location)
                summary.problemCount = more
                result.append(summary)
            }
        }
        return result
    }

    /// Diagnostics that say the same thing about the same file.
    private struct Kind: Hashable {
        var path: String, severity: Diagnostic.Severity, message: String, hint: String?

        init?(_ diagnostic: Diagnostic) {
            guard let path = diagnostic.location?.path else { return nil }
            (self.path, severity, message, hint) = (path, diagnostic.severity, diagnostic.message, diagnostic.hint)
        }
    }
}
