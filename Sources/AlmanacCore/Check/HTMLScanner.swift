/// Pulls link targets and element ids out of generated HTML, enough for the link check.
struct HTMLScanner {
    /// Values of `href` and `src` attributes, entity `&amp;` decoded, in page order.
    private(set) var links: [String] = []
    /// Values of `id` attributes.
    private(set) var ids: Set<String> = []

    init(bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var index = text.startIndex
        while let tagStart = text[index...].firstIndex(of: "<") {
            guard let tagEnd = text[tagStart...].firstIndex(of: ">") else { break }
            let tag = text[text.index(after: tagStart)..<tagEnd]
            index = text.index(after: tagEnd)
            if tag.hasPrefix("!") || tag.hasPrefix("/") { continue }
            for (name, value) in Self.attributes(in: tag) {
                switch name {
                case "href", "src": links.append(value.replacingOccurrences(of: "&amp;", with: "&"))
                case "id": ids.insert(value)
                default: break
                }
            }
        }
    }

    /// Double-quoted attributes of one tag (the generator and cmark always quote with ").
    static func attributes(in tag: Substring) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = tag
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last
            let valueStart = equals.upperBound
            guard let close = rest[valueStart...].firstIndex(of: "\"") else { break }
            if let name { result.append((name.lowercased(), String(rest[valueStart..<close]))) }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}
