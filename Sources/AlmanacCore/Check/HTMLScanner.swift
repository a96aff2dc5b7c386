import Foundation

/// Pulls link targets and element ids out of generated HTML, enough for the link check.
/// Works on UTF-8 bytes: pages are scanned on every build, so this stays linear and cheap.
struct HTMLScanner {
    /// Values of `href` and `src` attributes, entity `&amp;` decoded, in page order.
    private(set) var links: [String] = []
    /// Values of `id` attributes.
    private(set) var ids: Set<String> = []
    /// The same, in page order and with any repeats (a page must not repeat one).
    private(set) var idsInOrder: [String] = []

    private static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\""), bang = UInt8(ascii: "!"), slash = UInt8(ascii: "/")

    init(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                // Jump to the next '<' with memchr: most of a page is text and attribute values.
                guard let next = memchr(buffer.baseAddress! + index, Int32(Self.lessThan), count - index) else { break }
                index = buffer.baseAddress!.distance(to: next.assumingMemoryBound(to: UInt8.self)) + 1
                guard index < count, buffer[index] != Self.bang, buffer[index] != Self.slash else { continue }
                // Inside a start tag: read name="value" pairs until '>'.
                while index < count, buffer[index] != Self.greaterThan {
                    guard buffer[index] == Self.equals, index + 1 < count, buffer[index + 1] == Self.quote else {
                        index += 1
                        continue
                    }
                    let name = Self.attribute(endingBefore: index, in: buffer)
                    let valueStart = index + 2
                    var valueEnd = valueStart
                    while valueEnd < count, buffer[valueEnd] != Self.quote { valueEnd += 1 }
                    if name != .other {
                        let value = String(decoding: UnsafeBufferPointer(rebasing: buffer[valueStart..<valueEnd]), as: UTF8.self)
                        if name == .id {
                            ids.insert(value)
                            idsInOrder.append(value)
                        } else {
                            links.append(value[...].utf8Range(of: "&amp;") != nil ? value.replacingOccurrences(of: "&amp;", with: "&") : value)
                        }
                    }
                    index = valueEnd + 1
                }
            }
        }
    }

    private enum Attribute { case href, src, id, other }

    /// Which of the attributes the scan wants ends just before `=` (ASCII, any case), without making a string.
    private static func attribute(endingBefore end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Attribute {
        var start = end
        while start > 0 {
            let byte = buffer[start - 1]
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "-")
            guard isNameByte else { break }
            start -= 1
        }
        func named(_ name: StaticString) -> Bool {
            guard end - start == name.utf8CodeUnitCount else { return false }
            for offset in 0..<name.utf8CodeUnitCount where buffer[start + offset] | 0x20 != name.utf8Start[offset] {
                return false
            }
            return true
        }
        if named("href") { return .href }
        if named("src") { return .src }
        if named("id") { return .id }
        return .other
    }
}
