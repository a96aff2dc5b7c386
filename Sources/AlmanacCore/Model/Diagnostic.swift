/// One problem found in a build, printed compiler-style so editors and CI can jump to it.
public struct Diagnostic: Error, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How bad a diagnostic is: errors fail the build, warnings are reported.
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public var hint: String?
    /// How many problems this line stands for: more than one only for "… and N more like this" (see `Diagnostics.sorted`).
    public var problemCount = 1

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    /// `path:line:column: error: message (hint)`, on one line with any control character written as `\u{1B}`,
    /// so that a file name or quoted value can never move a terminal's cursor or forge another line.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? "almanac: "
        let suffix = hint.map { " (\($0))" } ?? ""
        return Self.visible("\(prefix)\(severity.rawValue): \(message)\(suffix)")
    }

    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Sorted by file, line, column, then text; problems without a file come first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, nil): return lhs.description < rhs.description
        case (nil, _): return true
        case (_, nil): return false
        case let (left?, right?):
            if left != right { return left < right }
            return lhs.description < rhs.description
        }
    }
}
