import Foundation

/// Maps a raw request path to files of the built site, refusing every traversal form before anything is decoded.
public enum RequestPathResolver {
    /// What a request path names: site files to try in order, or a refusal with its reason.
    public enum Resolution: Equatable, Sendable {
        case candidates([String])
        case refused(String)
    }

    /// Longer paths are refused outright; the built site has nothing near this long.
    static let maximumLength = 1024

    /// Percent-encodings that could smuggle a dot segment, a separator or a NUL past the checks below.
    static let forbiddenEncodings = ["%2e", "%2f", "%5c", "%00"]

    /// Resolves the path of a request target as it arrived (still percent-encoded, query allowed).
    public static func resolve(_ rawTarget: String) -> Resolution {
        let path = String(rawTarget.prefix { $0 != "?" && $0 != "#" })
        guard path.utf8.count <= maximumLength else { return .refused("path is too long") }
        guard path.hasPrefix("/") else { return .refused("path must start with /") }
        guard !path.contains("\\") else { return .refused("backslash in path") }
        guard !path.contains("//") else { return .refused("empty path segment") }
        let lowered = path.lowercased()
        if let encoding = forbiddenEncodings.first(where: { lowered.contains($0) }) {
            return .refused("encoded \(encoding) in path")
        }
        guard let decoded = path.removingPercentEncoding else { return .refused("invalid percent-encoding") }
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
              !decoded.contains("%"), !decoded.contains("\\") else {
            return .refused("control character or double encoding in path")
        }
        let isFolder = decoded.hasSuffix("/")
        let trimmed = decoded.dropFirst().dropLast(isFolder && decoded.count > 1 ? 1 : 0)
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if trimmed.isEmpty { return .candidates(["index.html"]) }
        for segment in segments where segment.isEmpty || segment == "." || segment == ".." {
            return .refused("dot or empty segment in path")
        }
        let relative = segments.joined(separator: "/")
        if isFolder { return .candidates([relative + "/index.html"]) }
        if segments.last?.contains(".") == false {
            return .candidates([relative, relative + ".html"])
        }
        return .candidates([relative])
    }

    /// The first candidate the site holds, or nil when the path names nothing that was built.
    public static func lookup(_ rawTarget: String, in files: [String: [UInt8]]) -> (path: String, bytes: [UInt8])? {
        guard case .candidates(let candidates) = resolve(rawTarget) else { return nil }
        for candidate in candidates {
            if let bytes = files[candidate] { return (candidate, bytes) }
        }
        return nil
    }
}
