/// Checks a rendered file's path before it is joined to the output folder, so nothing is written outside it,
/// over the ownership manifest, or under a name with control characters (which the manifest's lines cannot hold).
enum OutputPath {
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), path != OutputManifest.fileName,
              !path.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
        }
    }
}
