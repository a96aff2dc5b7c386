/// Turns file bytes into text strictly: UTF-8 only (a BOM is allowed), never a silent U+FFFD.
public enum TextDecoder {
    /// The decoded text with `\r\n` and lone `\r` turned into `\n`, or a diagnostic.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
        } else if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(
                "file is encoded as UTF-16; Almanac reads UTF-8 only",
                at: .file(path), hint: "save the file as UTF-8"))
        }
        // The standard library's validation is vectorised; locate the bad byte only when there is one.
        // NUL and CR are looked for with memchr: the generic `contains` on a String's UTF-8 was 3% of a build.
        let hasNUL = ByteSearch.contains(0, in: body)
        if !hasNUL, let text = String(validating: body, as: UTF8.self) {
            if let control = firstControlCharacter(body) {
                let (line, column) = position(of: control.index, in: body)
                return .failure(.error(
                    "file contains the control character U+00\(hex(control.scalar)), which no page, table or terminal can show",
                    at: SourceLocation(path: path, line: line, column: column),
                    hint: "delete it (it often comes from copying out of a PDF or a terminal)"))
            }
            let hasCR = ByteSearch.contains(13, in: body)
            return .success(hasCR ? normaliseLineEndings(body) : text)
        }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = position(of: bad, in: body)
            return .failure(.error(
                "file is not valid UTF-8 (byte 0x\(hex(body[bad])) at byte offset \(bad - body.startIndex))",
                at: SourceLocation(path: path, line: line, column: column),
                hint: "save the file as UTF-8"))
        }
        if body.contains(0) {
            let nul = body.firstIndex(of: 0)!
            let (line, column) = position(of: nul, in: body)
            return .failure(.error("file contains a NUL byte", at: SourceLocation(path: path, line: line, column: column)))
        }
        return .success(normaliseLineEndings(body))
    }

    /// Valid UTF-8 with `\r\n` and lone `\r` made `\n` (CR and LF never occur inside a multi-byte sequence).
    static func normaliseLineEndings(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10 && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first C0 control other than tab, line feed and carriage return, DEL, or C1 control (U+0080–U+009F,
    /// bytes C2 80–C2 9F) in valid UTF-8; one pass over the bytes, eight at a time where none of them can be one.
    static func firstControlCharacter(_ bytes: ArraySlice<UInt8>) -> (index: Int, scalar: UInt8)? {
        bytes.withUnsafeBufferPointer { buffer -> (Int, UInt8)? in
            var offset = skipPrintableASCII(buffer, from: 0)
            while offset < buffer.count {
                let byte = buffer[offset]
                if byte < 0x20 {
                    if byte != 9 && byte != 10 && byte != 13 { return (bytes.startIndex + offset, byte) }
                } else if byte == 0x7F {
                    return (bytes.startIndex + offset, byte)
                } else if byte == 0xC2, offset + 1 < buffer.count, (0x80...0x9F).contains(buffer[offset + 1]) {
                    return (bytes.startIndex + offset, buffer[offset + 1])
                }
                offset += 1
                if offset & 7 == 0 { offset = skipPrintableASCII(buffer, from: offset) }
            }
            return nil
        }
    }

    /// Past the whole words of eight printable ASCII bytes (0x20–0x7E) from `offset`: in such a word no byte is
    /// below 0x20 (subtracting 0x20 from one would borrow), none is 0x7F (XOR with 0x7F would leave a zero byte),
    /// and none has its top bit set (as a lead byte such as C2 has).
    private static func skipPrintableASCII(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = buffer.baseAddress else { return offset }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var offset = offset
        while offset + 8 <= buffer.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let below20 = (word &- ones &* 0x20) & ~word & highs
            let xor7F = word ^ (ones &* 0x7F)
            let is7F = (xor7F &- ones) & ~xor7F & highs
            if below20 | is7F | (word & highs) != 0 { break }
            offset += 8
        }
        return offset
    }

    /// Index of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in characters of the valid prefix) of a byte index.
    static func position(of byteIndex: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let prefix = bytes[bytes.startIndex..<byteIndex]
        let line = prefix.reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
        let lineStart = prefix.lastIndex(of: 10).map { $0 + 1 } ?? bytes.startIndex
        let column = String(decoding: bytes[lineStart..<byteIndex], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
