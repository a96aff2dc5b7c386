/// Reads the images a report's Markdown shows: those beside the theme and page files (`![Map](map.png)` next to
/// `themes/03-care.md`), published at the site's root where the pages are, and those in `images/`, published under
/// `images/`. An image the Markdown names but that is not here is a broken link, reported where it is written.
enum ContentImages {
    static let extensions = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    static func load(_ reader: FileSystemReader, limit: Int, diagnostics: inout Diagnostics) -> [AssetFile] {
        var paths: [(read: String, published: String)] = []
        for folder in ["themes", "pages"] {
            paths += reader.files(in: folder, withExtensions: extensions).paths.map { ($0, String($0.dropFirst(folder.count + 1))) }
        }
        paths += reader.allFiles(below: "images").filter { path in extensions.contains { path.lowercased().hasSuffix("." + $0) } }
            .map { ($0, $0) }
        var published: [String: String] = [:]
        var images: [AssetFile] = []
        for (path, address) in paths.sorted(by: { $0.published < $1.published }) {
            guard address.split(separator: "/").allSatisfy({ isSafeName($0) }) else {
                diagnostics.error("image file name \"\(address)\" would need escaping in a web address", at: .file(reader.displayPath(path)),
                                  hint: "rename it with letters, digits, -, _ and a single dot, e.g. \"site-map.png\"")
                continue
            }
            if let first = published[address] {
                diagnostics.error("two images would be published as \(address) (also \(reader.displayPath(first)))",
                                  at: .file(reader.displayPath(path)), hint: "rename one of them")
                continue
            }
            published[address] = path
            switch reader.readBytes(path, limit: limit, tooLarge: "make the image smaller (it is published with every build)") {
            case .success(let bytes): images.append(AssetFile(relativePath: address, bytes: bytes))
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        return images
    }

    private static func isSafeName(_ name: Substring) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
        }
    }
}
