/// Checks a rendered file's path before it is joined to the output folder, so nothing is written outside it,
/// over the ownership manifest, or under a name with control characters (which the manifest's lines cannot hold).
enum OutputPath {
    static func isSafe(_ path: String) -> Bool {
        // Read on bytes: `String.contains` and `split` go through Foundation and Characters, for every file written.
        guard path != OutputManifest.fileName else { return false }
        var partLength = 0, partDots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                // An empty part (a leading, doubled or trailing slash), "." or "..".
                guard partLength > 0, partDots != partLength || partLength > 2 else { return false }
                (partLength, partDots) = (0, 0)
                continue
            }
            guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "\\") else { return false }
            partLength += 1
            if byte == UInt8(ascii: ".") { partDots += 1 }
        }
        return partLength > 0 && (partDots != partLength || partLength > 2)
    }
}
