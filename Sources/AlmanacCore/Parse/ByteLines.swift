/// The byte at a 1-based line and character column of a text, for the few checks that must look at the source;
/// line starts are found once, on first use.
final class ByteLines {
    private let text: String
    private lazy var bytes: [UInt8] = Array(text.utf8)
    private lazy var starts: [Int] = {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 10 { starts.append(index + 1) }
        return starts
    }()

    init(_ text: String) {
        self.text = text
    }

    func byte(line: Int, column: Int) -> UInt8? {
        guard line >= 1, line <= starts.count, column >= 1 else { return nil }
        let end = line < starts.count ? starts[line] : bytes.count
        var index = starts[line - 1], remaining = column - 1
        while index < end && remaining > 0 {
            if bytes[index] & 0xC0 != 0x80 { remaining -= 1 }
            index += 1
            while index < end && bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index < end ? bytes[index] : nil
     }
 }
