import Foundation

/// Pulls link targets and element ids out of generated HTML, enough for the link check.
struct HTMLScanner {
    /// Values of `href` and `src` attributes, character references decoded, in page order.
    private(set) var links: [String] = []
    /// Values of `id` attributes.
    private(set) var ids: Set<String> = []

    /// Reads a page with `HTMLTokenizer`, so links in comments or scripts do not count and values are decoded.
    init(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// The same for a page held as text.
    init(html: String) {
        var html = html
        html.withUTF8 { scan($0) }
    }

    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
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
