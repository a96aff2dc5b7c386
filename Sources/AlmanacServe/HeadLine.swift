/// The grammar of single request-head lines (RFC 9112 §3 and §5), checked byte by byte before FlyingFox, which is
/// more lenient, sees them: whatever the gate and FlyingFox might read differently is refused instead.
enum HeadLine {
    /// What a header field line amounts to.
    enum Field: Equatable {
        case plain
        /// `Transfer-Encoding` (any value) or `Content-Length` other than 0, whatever the case of the name.
        case announcesBody
        case malformed
    }

    /// `tchar` of RFC 9110 §5.6.2: the bytes a method or a field name is made of.
    static func isToken(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Whether `bytes` spell `name` (given in lower case) in any case: header names compare case-insensitively.
    static func isName(_ bytes: some Collection<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { byte, lower in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 == lower : byte == lower
            }
        }
    }

    /// Bytes that may not appear in a field value or a request target: controls (HTAB aside in values) and DEL.
    static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
    }

    /// `method SP request-target SP HTTP/d.d`, with exactly one space between the parts (line end excluded).
    static func isRequestLine(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let firstSpace = line.firstIndex(of: 0x20), firstSpace > 0,
              line[..<firstSpace].allSatisfy(isToken) else { return false }
        let version = Array("HTTP/".utf8)
        guard line.count >= firstSpace + 2 + version.count + 3 else { return false }
        let versionStart = line.count - version.count - 3
        guard line[versionStart - 1] == 0x20, Array(line[versionStart..<(versionStart + version.count)]) == version else {
            return false
        }
        let numbers = line[(versionStart + version.count)...]
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard digits.contains(numbers[numbers.startIndex]), numbers[numbers.startIndex + 1] == UInt8(ascii: "."),
              digits.contains(numbers[numbers.startIndex + 2]) else { return false }
        let target = line[(firstSpace + 1)..<(versionStart - 1)]
        return !target.isEmpty && !target.contains { $0 == 0x20 || isControl($0) }
    }

    /// Judges one header field line (line end excluded): `token ":" OWS value OWS`, nothing folded.
    static func field(_ line: UnsafeRawBufferPointer) -> Field {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              line[..<colon].allSatisfy(isToken) else { return .malformed }
        let value = line[(colon + 1)...]
        if value.contains(where: { isControl($0) && $0 != 0x09 }) { return .malformed }
        let name = line[..<colon]
        if isName(name, "transfer-encoding") { return .announcesBody }
        guard isName(name, "content-length") else { return .plain }
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let trimmed = value.drop(while: blank).reversed().drop(while: blank)
        return !trimmed.isEmpty && trimmed.allSatisfy({ $0 == UInt8(ascii: "0") }) ? .plain : .announcesBody
    }
}
