/// What a reader of a generated page sees or hears: text nodes and human-readable attributes, entities decoded.
enum ReaderText {
    /// Attributes whose values are read out or shown: `title`, `alt`, `aria-label`, and a meta description's `content`.
    static let readableAttributes: Set<String> = ["title", "alt", "aria-label"]

    /// Every text node (outside `<code>`, `<script>` and `<style>`) and readable attribute value, in page order.
    static func texts(of html: String) -> [String] {
        var texts: [String] = []
        var rest = html[...]
        var hiddenDepth = 0
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if hiddenDepth == 0, !text.allSatisfy(\.isWhitespace) { texts.append(decode(String(text))) }
            if rest[open...].hasPrefix("<!--") {
                guard let end = rest[open...].range(of: "-->") else { return texts }
                rest = rest[end.upperBound...]
                continue
            }
            guard let close = rest[open...].firstIndex(of: ">") else { return texts }
            let tag = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = (closing ? "/" : "") + String(tag.dropFirst(closing ? 1 : 0).prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }).lowercased()
            if ["code", "script", "style"].contains(name) { hiddenDepth += 1 }
            if ["/code", "/script", "/style"].contains(name) { hiddenDepth = max(0, hiddenDepth - 1) }
            let attributes = self.attributes(of: tag)
            for (attribute, value) in attributes where readableAttributes.contains(attribute)
                || (name == "meta" && attribute == "content" && attributes.contains { $0 == ("name", "description") }) {
                texts.append(decode(value))
            }
        }
        if !rest.allSatisfy(\.isWhitespace) { texts.append(decode(String(rest))) }
        return texts
    }

    /// `name="value"` pairs of a tag (the templates quote every attribute with double quotes).
    static func attributes(of tag: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var rest = tag[...]
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            guard let end = rest[equals.upperBound...].firstIndex(of: "\"") else { break }
            pairs.append((name.lowercased(), String(rest[equals.upperBound..<end])))
            rest = rest[rest.index(after: end)...]
        }
        return pairs
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&nbsp;", with: " ")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
