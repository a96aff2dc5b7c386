import Foundation

/// Pulls link targets and element ids out of generated HTML, enough for the link check.
struct HTMLScanner {
    /// Values of `href` and `src` attributes, character references decoded, in page order.
    private(set) var links: [String] = []
    /// Values of `id` attributes.
    private(set) var ids: Set<String> = []

    /// Reads a page with `HTMLTokenizer`, so links in comments or scripts do not count and values are decoded.
    init(bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// The same for a page held as text.
    init(html: String) {
        var html = html
        _ = html.withUTF8 { scan($0) }
    }

    /// The scan of a piece of a longer page, or nil when the piece ends inside a tag, comment or the like: only
    /// then is the page's scan the pieces' scans joined in order (`init(joining:)`), each piece starting in text.
    static func fragment(_ html: String) -> HTMLScanner? {
        var html = html, scanner = HTMLScanner()
        let endsInText = html.withUTF8 { scanner.scan($0) }
        return endsInText ? scanner : nil
    }

    /// The scan of a page made of pieces that `fragment` read, in page order.
    init(joining pieces: [HTMLScanner]) {
        links.reserveCapacity(pieces.reduce(0) { $0 + $1.links.count })
        ids.reserveCapacity(pieces.reduce(0) { $0 + $1.ids.count })
        for piece in pieces {
            links += piece.links
            ids.formUnion(piece.ids)
        }
    }

    private init() {}

    @discardableResult
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        HTMLTokenizer.forEachAttribute(in: buffer) { attribute in
            switch attribute.name {
            case .href, .src:
                // `<a href>`, `<link href>`, `<img src>`, `<script src>`…: every address the page asks for.
                links.append(attribute.value)
            case .id:
                ids.insert(attribute.value)
            }
        }
    }
}
