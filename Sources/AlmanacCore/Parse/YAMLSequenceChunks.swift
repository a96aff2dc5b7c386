/// Splits a large record file, a plain top-level YAML list, into runs of whole items that parse on separate cores.
///
/// Yams composes one document on one thread, and the largest record file was the build's long pole. A split is
/// made only where it cannot change what the text means: the text holds no anchor, alias, tag, quote, block scalar,
/// flow mapping, directive or tab, every line is blank, a comment, an item (`- ` at column 0) or indented, so each
/// `- ` at column 0 starts a new top-level item. Anything else is parsed whole, as before.
struct YAMLSequenceChunks {
    /// One run of items: its text and the number of lines before it in the file.
    struct Chunk: Sendable {
        var text: String
        var lineOffset: Int
    }

    /// Files smaller than this are parsed whole: splitting would cost more than it saves.
    static let minimumBytes = 32 * 1024

    /// The runs of items, or nil when the file should be parsed whole.
    static func split(_ text: String, into wanted: Int, maxNodes: Int) -> [Chunk]? {
        let size = text.utf8.count
        guard wanted > 1, size >= minimumBytes, YAMLDocument.nodeBound(ofBytes: size) <= maxNodes else { return nil }
        var starts: [(byte: Int, line: Int)] = []
        var safe = true
        var copy = text
        copy.withUTF8 { bytes in
            var line = 0, index = 0
            while index < bytes.count, safe {
                let lineStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    switch bytes[index] {
                    case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                         UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "%"), UInt8(ascii: "\t"),
                         UInt8(ascii: "\r"), UInt8(ascii: "`"), UInt8(ascii: "@"): safe = false
                    default: break
                    }
                    index += 1
                }
                let length = index - lineStart
                if length > 0 {
                    let first = bytes[lineStart]
                    if first == UInt8(ascii: "-") && length >= 2 && bytes[lineStart + 1] == UInt8(ascii: " ") {
                        starts.append((lineStart, line))
                    } else if first != UInt8(ascii: " ") && first != UInt8(ascii: "#") {
                        safe = false
                    }
                }
                // Lines before the first item may only be blank or comments.
                if starts.isEmpty && length > 0 && bytes[lineStart] != UInt8(ascii: "#") && bytes[lineStart] != UInt8(ascii: "-") {
                    safe = false
                }
                index += 1
                line += 1
            }
        }
        guard safe, starts.count >= 2 * wanted else { return nil }
        // Cut at the item starts nearest to equal shares of the bytes; the first run keeps the leading comments.
        var cuts: [(byte: Int, line: Int)] = [(0, 0)]
        var next = 1
        for start in starts.dropFirst() where next < wanted && start.byte >= next * size / wanted {
            cuts.append(start)
            next += 1
        }
        guard cuts.count > 1 else { return nil }
        let utf8 = Array(text.utf8)
        return cuts.indices.map { index in
            let end = index + 1 < cuts.count ? cuts[index + 1].byte : utf8.count
            return Chunk(text: String(decoding: utf8[cuts[index].byte..<end], as: UTF8.self), lineOffset: cuts[index].line)
        }
    }
}
