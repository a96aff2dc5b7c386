/// Escaping, locale-free geometry numbers and label wrapping for chart markup (words come from `ReportStrings`).
enum ChartText {
    /// Text content and double-quoted attribute values: `&`, `<`, `>`, `"` and `'` become entities.
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }

    /// An id fragment made only of `a-z`, `0-9` and `-`, so ids built from slugs are always valid and quotable.
    static func idFragment(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "chart" : out
    }

    /// `value / total × span`, rounded half up to two decimals and printed without trailing zeros:
    /// `fraction(1, of: 3, span: 75)` is "25", `fraction(2, of: 3, span: 100)` is "66.67".
    static func fraction(_ value: Int, of total: Int, span: Int) -> String {
        guard total > 0, value > 0 else { return "0" }
        let clamped = min(value, total)
        // Hundredths of a unit, rounded half up with integer arithmetic only.
        let hundredths = (clamped * span * 100 * 2 + total) / (2 * total)
        return decimal(hundredths)
    }

    /// 4050 hundredths → "40.5"; 4000 → "40"; 7 → "0.07".
    static func decimal(_ hundredths: Int) -> String {
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return String(whole) }
        let digits = rest < 10 ? "0\(rest)" : String(rest)
        return "\(whole)." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    /// Words packed greedily into lines of at most `width` characters; a longer word is split.
    /// At most `maxLines` lines: the last one ends with "…" when text is left over (the table has it whole).
    static func wrap(_ text: String, width: Int, maxLines: Int = 4) -> [String] {
        precondition(width > 1 && maxLines > 0)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width - 1)) + "-")
                word = String(word.dropFirst(width - 1))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.isEmpty ? [""] : lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        if last.count >= width {
            last = String(last.prefix(width - 1))
            while last.hasSuffix(" ") { last.removeLast() }
        }
        kept[maxLines - 1] = last + "…"
        return kept
    }

    /// The text with its first character in upper case.
    static func sentenceStart(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
