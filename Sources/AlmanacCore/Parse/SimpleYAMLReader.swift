import Yams

/// Reads the plain block YAML that content files almost always are (block mappings and sequences, one-line flow
/// collections, one-line plain, single- and double-quoted scalars without escapes, the usual block scalars
/// (`BlockScalar`), comments) into `PlainYAML`: the nodes Yams would compose, with the same text, styles and marks,
/// without a tag object for each. Setting up libyaml costs about 250,000 instructions even for a front matter of
/// five lines (a tenth of a 1,000-page build), and composing a record file hashes every node.
///
/// Anything outside that subset (multi-line flow collections, other multi-line scalars, escapes, anchors, aliases, tags,
/// tabs, empty values, duplicate keys, several documents, a byte order mark or `\r`) returns nil: Yams then reads
/// the text and reports any error exactly as before. A test compares both readers on every YAML file we have.
struct SimpleYAMLReader {
    /// A line that holds a node: its 1-based number, its bytes' range after the indent, and the indent.
    struct Line {
        let number: Int
        let start: Int
        let end: Int
        let indent: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var lines: [Line] = []
    private var next = 0

    /// The document's root node as Yams would compose it, or nil when the text is outside the subset or holds no node.
    static func read(_ text: String) -> Node? {
        readPlain(text)?.yamsNode()
    }

    /// The document's root node, or nil when the text is outside the subset or holds no node.
    static func readPlain(_ text: String) -> PlainYAML? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = SimpleYAMLReader(bytes: bytes)
            guard reader.splitLines(), !reader.lines.isEmpty, reader.lines[0].indent == 0,
                  let root = reader.node(indent: 0), reader.next == reader.lines.count else { return nil }
            return root
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The lines that hold a node, without blank and comment lines; false for what the subset leaves out.
    private mutating func splitLines() -> Bool {
        let bytes = self.bytes
        let count = bytes.count
        var start = 0, number = 1
        while start <= count {
            // One pass finds the line's end and refuses what the subset leaves to Yams: tabs, `\r` and other
            // control bytes, a byte order mark, and what libyaml also takes for a line break (NEL, U+2028, U+2029).
            // (None of the bytes looked at after a lead byte can be a line feed, so each stays within its line.)
            var end = start
            while end < count {
                let byte = bytes[end]
                if byte &- 0x20 < 0x5F { end += 1; continue }
                if byte == 0x0A { break }
                if byte < 0x20 || byte == 0x7F { return false }
                if byte == 0xEF, end + 1 < count, bytes[end + 1] == 0xBB { return false }
                if byte == 0xC2, end + 1 < count, bytes[end + 1] == 0x85 { return false }
                if byte == 0xE2, end + 2 < count, bytes[end + 1] == 0x80, bytes[end + 2] & 0xFE == 0xA8 { return false }
                end += 1
            }
            let indent = spaces(from: start, to: end)
            if indent < end, bytes[indent] != UInt8(ascii: "#") {
                // Document markers and directives.
                if indent == start, end - start >= 3, [UInt8(ascii: "-"), UInt8(ascii: ".")].contains(bytes[start]),
                   bytes[start + 1] == bytes[start], bytes[start + 2] == bytes[start],
                   end - start == 3 || bytes[start + 3] == 0x20 { return false }
                if bytes[start] == UInt8(ascii: "%") { return false }
                lines.append(Line(number: number, start: indent, end: end, indent: indent - start))
            }
            start = end + 1
            number += 1
        }
        return true
    }

    /// The block at the current line, which is indented by `indent`.
    private mutating func node(indent: Int) -> PlainYAML? {
        guard next < lines.count, lines[next].indent == indent else { return nil }
        return isSequenceEntry(lines[next].start, lines[next].end) ? sequence(indent: indent)
                                                                   : mapping(indent: indent, from: lines[next].start)
    }

    private func isSequenceEntry(_ start: Int, _ end: Int) -> Bool {
        bytes[start] == UInt8(ascii: "-") && (start + 1 == end || bytes[start + 1] == 0x20)
    }

    private mutating func sequence(indent: Int) -> PlainYAML? {
        let mark = self.mark(lines[next], lines[next].start)
        var items: [PlainYAML] = []
        while next < lines.count, lines[next].indent == indent, isSequenceEntry(lines[next].start, lines[next].end) {
            let line = lines[next]
            let content = spaces(from: line.start + 1, to: line.end)
            // An entry whose node starts on the next line is left to Yams.
            guard content < line.end, bytes[content] != UInt8(ascii: "#") else { return nil }
            if keyEnd(content, line.end) != nil {
                guard let item = mapping(indent: indent + (content - line.start), from: content) else { return nil }
                items.append(item)
            } else {
                guard let item = scalar(line, from: content) else { return nil }
                items.append(item)
                next += 1
            }
        }
        if next < lines.count, lines[next].indent > indent { return nil }
        return .sequence(items, mark)
    }

    /// A mapping whose keys are at column `indent`; its first key starts at `from` on the current line (after
    /// `- ` when the mapping is a sequence entry).
    private mutating func mapping(indent: Int, from first: Int) -> PlainYAML? {
        let mark = self.mark(lines[next], first)
        var pairs: [(key: PlainYAML.Scalar, value: PlainYAML)] = []
        var keys = DistinctKeys()
        var start = first
        while true {
            let line = lines[next]
            guard let colon = keyEnd(start, line.end), let key = plain(line, start, colon) else { return nil }
            // A repeated key is Yams's to report.
            guard keys.isNew(key.text, among: pairs) else { return nil }
            let value = spaces(from: colon + 1, to: line.end)
            let node: PlainYAML
            if value < line.end, bytes[value] == UInt8(ascii: ">") || bytes[value] == UInt8(ascii: "|") {
                guard let block = BlockScalar(bytes, indicator: value, headerEnd: line.end, indent: indent) else { return nil }
                let style: Node.Scalar.Style = block.isFolded ? .folded : .literal
                node = .scalar(PlainYAML.Scalar(text: block.text, style: style, mark: self.mark(line, value)))
                next += 1
                while next < lines.count, lines[next].start < block.end { next += 1 }
            } else if value < line.end, bytes[value] != UInt8(ascii: "#") {
                guard let scalar = scalar(line, from: value) else { return nil }
                node = scalar
                next += 1
            } else {
                next += 1
                guard next < lines.count else { return nil }
                let child = lines[next]
                // A nested block, or a sequence at the key's own column (YAML's indentless sequence); anything
                // else means an empty value, which Yams reads as null.
                if child.indent > indent || (child.indent == indent && isSequenceEntry(child.start, child.end)) {
                    guard let block = self.node(indent: child.indent) else { return nil }
                    node = block
                } else {
                    return nil
                }
            }
            pairs.append((key, node))
            // The mapping goes on at its own column; a line further in (a scalar continued) or an entry there
            // (invalid) is Yams's to read.
            guard next < lines.count, lines[next].indent >= indent else { break }
            guard lines[next].indent == indent, !isSequenceEntry(lines[next].start, lines[next].end) else { return nil }
            start = lines[next].start
        }
        return .mapping(pairs, mark)
    }

    /// Where the `:` after a plain key on this line is (followed by a space or the end of the line), if the line
    /// starts with one.
    private func keyEnd(_ start: Int, _ end: Int) -> Int? {
        guard !Self.startsSpecially(bytes[start]) else { return nil }
        var index = start
        while index < end {
            if isColonIndicator(index, end) { return index }
            if startsComment(index, end) { return nil }
            index += 1
        }
        return nil
    }

    /// A one-line scalar, or flow collection, from `start` to the end of the line (a comment may follow).
    private func scalar(_ line: Line, from start: Int) -> PlainYAML? {
        let quote = bytes[start]
        if quote == UInt8(ascii: "[") || quote == UInt8(ascii: "{") {
            var position = start
            guard let node = flow(line, &position) else { return nil }
            position = spaces(from: position, to: line.end)
            guard position == line.end || (bytes[position] == UInt8(ascii: "#") && bytes[position - 1] == 0x20) else { return nil }
            return node
        }
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var close = start + 1
            while close < line.end, bytes[close] != quote {
                if bytes[close] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { return nil }
                close += 1
            }
            guard close < line.end else { return nil }
            var after = close + 1
            // `''` inside single quotes is an escaped quote: left to Yams.
            guard after == line.end || bytes[after] == 0x20 else { return nil }
            after = spaces(from: after, to: line.end)
            guard after == line.end || bytes[after] == UInt8(ascii: "#") else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1 ..< close]), as: UTF8.self)
            return .scalar(PlainYAML.Scalar(text: text, style: quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted,
                                            mark: mark(line, start)))
        }
        var end = start
        while end < line.end {
            if startsComment(end, line.end) { break }
            if isColonIndicator(end, line.end) { return nil }
            end += 1
        }
        return plain(line, start, end).map(PlainYAML.scalar)
    }

    /// A plain scalar between `start` and `end` (trailing spaces dropped), or nil when it starts with an indicator.
    func plain(_ line: Line, _ start: Int, _ end: Int) -> PlainYAML.Scalar? {
        guard start < end, !Self.startsSpecially(bytes[start]) else { return nil }
        var last = end
        while last > start, bytes[last - 1] == 0x20 { last -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< last]), as: UTF8.self)
        return PlainYAML.Scalar(text: text, style: .plain, mark: mark(line, start))
    }

    /// The first byte from `start` that is not a space (or `end`).
    func spaces(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// ` #` at `index`: a comment starts (a `#` inside a plain scalar does not).
    func startsComment(_ index: Int, _ end: Int) -> Bool {
        bytes[index] == 0x20 && index + 1 < end && bytes[index + 1] == UInt8(ascii: "#")
    }

    /// `: ` or a `:` ending the line at `index`: the end of a key.
    private func isColonIndicator(_ index: Int, _ end: Int) -> Bool {
        bytes[index] == UInt8(ascii: ":") && (index + 1 == end || bytes[index + 1] == 0x20)
    }

    /// Bytes a plain scalar of this subset may not start with: YAML's indicators, and the space.
    static func startsSpecially(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
             UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
             UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "): true
        default: isFlowIndicator(byte)
        }
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): true
        default: false
        }
    }

    /// libyaml's mark: 1-based line, and 1-based column counted in Unicode scalars.
    func mark(_ line: Line, _ position: Int) -> PlainYAML.Mark {
        var column = 1
        var index = line.start - line.indent
        while index < position {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return PlainYAML.Mark(line: line.number, column: column)
    }
}
