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

    /// How many lines of one severity one file may list in all; messages that name a value (an unknown id each
    /// time) are each of their own kind, so this second cap keeps 20,000 of them from filling a terminal.
    public static let maxListedPerFile = 1_000

    /// Unique and in location order, as printed; past `maxListedOfOneKindPerFile` of one kind in one file, the rest
    /// become one line at the first one left out, so one repeated mistake cannot bury everything else; past
    /// `maxListedPerFile` lines of one severity in one file, the rest become one line too.
    public var sorted: [Diagnostic] {
        Self.cappedPerFile(groupedByKind)
    }

    private var groupedByKind: [Diagnostic] {
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

    private static func cappedPerFile(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct FileSeverity: Hashable { var path: String, severity: Diagnostic.Severity }
        var lines: [FileSeverity: Int] = [:]
        for diagnostic in diagnostics {
            if let path = diagnostic.location?.path { lines[FileSeverity(path: path, severity: diagnostic.severity), default: 0] += 1 }
        }
        guard lines.values.contains(where: { $0 > maxListedPerFile }) else { return diagnostics }
        var listed: [FileSeverity: Int] = [:]
        var summaries: [FileSeverity: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let path = diagnostic.location?.path else {
                result.append(diagnostic)
                continue
            }
            let key = FileSeverity(path: path, severity: diagnostic.severity)
            listed[key, default: 0] += 1
            if listed[key]! <= maxListedPerFile {
                result.append(diagnostic)
            } else if let index = summaries[key] {
                result[index].problemCount += diagnostic.problemCount
            } else {
                var summary = Diagnostic(diagnostic.severity, "", at: diagnostic.location)
                summary.problemCount = diagnostic.problemCount
                summaries[key] = result.count
                result.append(summary)
            }
        }
        for (key, index) in summaries {
            result[index].message = "… and \(result[index].problemCount) more \(key.severity.rawValue)s in this file, "
                + "not listed (at most \(maxListedPerFile) are)"
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
