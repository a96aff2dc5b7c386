import Foundation

/// Reads links and ids out of HTML as a browser's tokenizer would, so the link check and the print edition see the links readers get.
struct HTMLTokenizer {
    /// One wanted attribute of a start tag.
    struct Attribute {
        enum Name: UInt8 { case href = 1, src = 2, id = 4 }
        let name: Name
        /// The value as the browser reads it: character references decoded.
        let value: String
        /// Bytes of `name=value` in the page, quotes included (or of the bare name when it has no `=`).
        let range: Range<Int>
    }

    private let buffer: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Open `<svg>` and `<math>` elements: inside them `<style>` and `<title>` are ordinary elements.
    private var foreignDepth = 0
    /// The wanted attributes of the tag being read: kept as ranges until its `>` makes them count.
    private var pending: [(name: Attribute.Name, value: Range<Int>, range: Range<Int>)] = []
    /// Set when the input ended inside something (a tag, comment, raw text, `<plaintext>`, or a lone `<`).
    private var ranOut = false

    /// Calls `visit` with every `href`, `src` and `id` of every start tag, in page order, following the WHATWG
    /// tokenizer: nothing inside comments (`<!-->` and `<!--->` included), doctypes, `<?…>`, end tags, or the text of
    /// `<script>`, `<style>`, `<title>`, `<textarea>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>` (`<plaintext>`
    /// to the end); values double-quoted, single-quoted or unquoted, character references decoded; names in any case.
    ///
    /// Byte-level and linear: text is skipped with memchr to the next `<`, quoted values to their closing quote. Only
    /// a start tag that reaches its `>` counts (at the end of input a browser drops it), and of a repeated attribute
    /// only the first. Not modelled, as generated pages do not need them: the script-data escape states (`<!--` inside
    /// `<script>`), the tree builder's ways out of `<svg>`/`<math>` other than their end tags, and named references
    /// other than those `HTMLCharacterReferences` knows.
    ///
    /// Returns whether the input ended in plain text, outside any tag, comment, raw text or `<svg>`/`<math>`: then
    /// whatever follows it in a longer page is read as if it stood alone (see `HTMLScanner.fragment`).
    @discardableResult
    static func forEachAttribute(in buffer: UnsafeBufferPointer<UInt8>, _ visit: (Attribute) -> Void) -> Bool {
        var tokenizer = HTMLTokenizer(buffer: buffer)
        tokenizer.run(visit)
        return !tokenizer.ranOut && tokenizer.foreignDepth == 0
    }

    private init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    private mutating func run(_ visit: (Attribute) -> Void) {
        while let open = find(Byte.lessThan, from: index) {
            index = open + 1
            guard index < buffer.count else { ranOut = true; return }
            let byte = buffer[index]
            if Self.isASCIILetter(byte) {
                startTag(visit)
            } else if byte == Byte.slash {
                endTag()
            } else if byte == Byte.bang {
                markupDeclaration()
            } else if byte == Byte.question {
                skipPast(Byte.greaterThan)
            }
            // Anything else: the `<` was text.
        }
    }

    private mutating func startTag(_ visit: (Attribute) -> Void) {
        let name = tagName()
        if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }  // most tags have none: skip the call
        guard let selfClosing = attributes(collecting: true) else { ranOut = true; return }
        for (attributeName, value, range) in pending {
            let decoded = HTMLCharacterReferences.decodeAttributeValue(UnsafeBufferPointer(rebasing: buffer[value]))
            visit(Attribute(name: attributeName, value: decoded, range: range))
        }
        switch Self.element(named: name, in: buffer) {
        case .foreignRoot where !selfClosing: foreignDepth += 1
        case .rawText where foreignDepth == 0: skipRawText(endingWith: name)
        case .plainText where foreignDepth == 0: (index, ranOut) = (buffer.count, true)
        default: break
        }
    }

    private mutating func endTag() {
        index += 1
        guard index < buffer.count else { ranOut = true; return }
        if buffer[index] == Byte.greaterThan { index += 1; return }  // `</>` is ignored
        guard Self.isASCIILetter(buffer[index]) else { return skipPast(Byte.greaterThan) }
        let name = tagName()
        guard attributes(collecting: false) != nil else { ranOut = true; return }
        if foreignDepth > 0, Self.element(named: name, in: buffer) == .foreignRoot {
            foreignDepth -= 1
        }
    }

    /// After `<!`: a comment, CDATA inside SVG or MathML, or a doctype or bogus comment that ends at the next `>`.
    private mutating func markupDeclaration() {
        index += 1
        if hasPrefix("--") {
            skipComment(contentStart: index + 2)
        } else if foreignDepth > 0, hasPrefix("[CDATA[") {
            if let end = cdataEnd(contentStart: index + 7) { index = end + 3 } else { (index, ranOut) = (buffer.count, true) }
        } else {
            skipPast(Byte.greaterThan)
        }
    }

    /// A comment ends at `-->` or `--!>`; `<!-->` and `<!--->` are whole (empty) comments; unclosed, it runs to the end.
    private mutating func skipComment(contentStart: Int) {
        if contentStart < buffer.count, buffer[contentStart] == Byte.greaterThan { index = contentStart + 1; return }
        if contentStart + 1 < buffer.count, buffer[contentStart] == Byte.dash, buffer[contentStart + 1] == Byte.greaterThan {
            index = contentStart + 2
            return
        }
        var from = contentStart
        while let close = find(Byte.greaterThan, from: from) {
            from = close + 1
            let dashes = buffer[close - 1] == Byte.bang ? close - 3 : close - 2
            if dashes >= contentStart, buffer[dashes] == Byte.dash, buffer[dashes + 1] == Byte.dash { index = from; return }
        }
        (index, ranOut) = (buffer.count, true)
    }

    /// Reads attributes up to the tag's `>`: whether the tag was self-closing (`/>`), or nil when the input ended first.
    private mutating func attributes(collecting: Bool) -> Bool? {
        var seen: UInt8 = 0
        var selfClosing = false
        while true {
            while index < buffer.count, Self.isWhitespace(buffer[index]) || buffer[index] == Byte.slash {
                selfClosing = buffer[index] == Byte.slash && index + 1 < buffer.count && buffer[index + 1] == Byte.greaterThan
                index += 1
            }
            guard index < buffer.count else { return nil }
            if buffer[index] == Byte.greaterThan {
                index += 1
                return selfClosing
            }
            selfClosing = false
            // A name may start with `=`; it runs to white space, `/`, `>` or `=`.
            let nameStart = index
            index += 1
            while index < buffer.count, !Self.endsAttributeName(buffer[index]) { index += 1 }
            let nameEnd = index
            skipWhitespace()
            var value = index..<index, end = nameEnd
            if index < buffer.count, buffer[index] == Byte.equals {
                index += 1
                skipWhitespace()
                guard index < buffer.count else { return nil }
                end = index  // `href=>` has an empty value: the range still takes the `=`
                let quote = buffer[index]
                if quote == Byte.doubleQuote || quote == Byte.singleQuote {
                    guard let close = find(quote, from: index + 1) else { return nil }
                    value = (index + 1)..<close
                    index = close + 1
                    end = index
                } else if quote != Byte.greaterThan {
                    let start = index
                    while index < buffer.count, !Self.endsUnquotedValue(buffer[index]) { index += 1 }
                    value = start..<index
                    end = index
                }
            }
            guard collecting, let name = Self.wanted(nameStart..<nameEnd, in: buffer), seen & name.rawValue == 0 else { continue }
            seen |= name.rawValue
            pending.append((name, value, nameStart..<end))
        }
    }

    private mutating func tagName() -> Range<Int> {
        let start = index
        while index < buffer.count, !Self.endsTagName(buffer[index]) { index += 1 }
        return start..<index
    }

    /// Text of `<script>`, `<style>`, `<title>`, `<textarea>` and the like runs to `</name` followed by white space,
    /// `/` or `>` (any case); a `<a` inside is text.
    private mutating func skipRawText(endingWith name: Range<Int>) {
        var from = index
        while let open = find(Byte.lessThan, from: from) {
            from = open + 1
            let after = open + 2 + name.count
            guard after < buffer.count, buffer[open + 1] == Byte.slash else { continue }
            let matches = zip(buffer[(open + 2)..<after], buffer[name]).allSatisfy { $0 | 0x20 == $1 | 0x20 }
            let delimiter = buffer[after]
            if matches, Self.endsTagName(delimiter) {
                index = open
                return
            }
        }
        (index, ranOut) = (buffer.count, true)
    }

    /// The offset of the next `byte` at or after `from` (memchr), or nil.
    private func find(_ byte: UInt8, from: Int) -> Int? {
        ByteSearch.firstOffset(of: byte, in: buffer, from: from)
    }

    /// Moves just past the next `byte`, or to the end.
    private mutating func skipPast(_ byte: UInt8) {
        if let found = find(byte, from: index) { index = found + 1 } else { (index, ranOut) = (buffer.count, true) }
    }

    private mutating func skipWhitespace() {
        while index < buffer.count, Self.isWhitespace(buffer[index]) { index += 1 }
    }

    /// Whether the bytes at `index` are `text` (ASCII, exact case).
    private func hasPrefix(_ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= buffer.count, let base = buffer.baseAddress else { return false }
        return memcmp(base + index, text.utf8Start, length) == 0
    }

    /// The offset of the `]]>` that closes a CDATA section whose text starts at `contentStart`.
    private func cdataEnd(contentStart: Int) -> Int? {
        var from = contentStart
        while let close = find(Byte.greaterThan, from: from) {
            if close >= contentStart + 2, buffer[close - 1] == UInt8(ascii: "]"), buffer[close - 2] == UInt8(ascii: "]") {
                return close - 2
            }
            from = close + 1
        }
        return nil
    }
}
