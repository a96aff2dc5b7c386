/// One-line flow collections (`[a, b]`, `{key: [a, b]}`) and quoted scalars, for `SimpleYAMLReader`: kept apart
/// from the block structure, which is the rest of the reader.
extension SimpleYAMLReader {
    /// A flow collection or scalar on one line (`[a, b]`, `{key: [a, b]}`), leaving `position` after it.
    func flow(_ line: Line, _ position: inout Int) -> PlainYAML? {
        func skipSpaces() { position = spaces(from: position, to: line.end) }
        guard position < line.end else { return nil }
        let open = bytes[position]
        if open == UInt8(ascii: "[") || open == UInt8(ascii: "{") {
            let start = position, close = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            var items: [PlainYAML] = [], pairs: [(key: PlainYAML.Scalar, value: PlainYAML)] = [], keys = DistinctKeys()
            position += 1
            skipSpaces()
            while position < line.end, bytes[position] != close {
                guard let item = flow(line, &position) else { return nil }
                skipSpaces()
                if open == UInt8(ascii: "{") {
                    // `key: value`; a key must be a scalar and appear once.
                    guard case .scalar(let key) = item, keys.isNew(key.text, among: pairs), position + 1 < line.end,
                          bytes[position] == UInt8(ascii: ":"), bytes[position + 1] == 0x20 else { return nil }
                    position += 2
                    skipSpaces()
                    guard let value = flow(line, &position) else { return nil }
                    pairs.append((key, value))
                    skipSpaces()
                } else {
                    // `[a: b]` is a mapping inside a sequence: Yams's.
                    guard position == line.end || bytes[position] != UInt8(ascii: ":") else { return nil }
                    items.append(item)
                }
                guard position < line.end else { return nil }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    skipSpaces()
                    // A trailing comma, or two in a row, is left to Yams.
                    guard position < line.end, bytes[position] != close, bytes[position] != UInt8(ascii: ",") else { return nil }
                } else if bytes[position] != close {
                    return nil
                }
            }
            guard position < line.end else { return nil }
            position += 1
            let mark = self.mark(line, start)
            return open == UInt8(ascii: "[") ? .sequence(items, mark) : .mapping(pairs, mark)
        }
        let start = position
        // A quoted scalar on this line, without escapes (`\` in double quotes, `''` in single ones).
        if open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") {
            var close = start + 1
            while close < line.end, bytes[close] != open {
                if bytes[close] == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") { return nil }
                close += 1
            }
            guard close < line.end, close + 1 == line.end || bytes[close + 1] != open else { return nil }
            position = close + 1
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1 ..< close]), as: UTF8.self)
            return .scalar(PlainYAML.Scalar(text: text, style: open == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted,
                                            mark: mark(line, start)))
        }
        // A plain scalar ends at a flow indicator, at `: ` or at ` #`.
        guard !Self.startsSpecially(bytes[start]) else { return nil }
        while position < line.end {
            let byte = bytes[position]
            if Self.isFlowIndicator(byte) { break }
            if byte == UInt8(ascii: ":"), position + 1 == line.end || bytes[position + 1] == 0x20
                || Self.isFlowIndicator(bytes[position + 1]) { break }
            if startsComment(position, line.end) { return nil }
            position += 1
        }
        return plain(line, start, position).map(PlainYAML.scalar)
    }
}
