import Yams

/// Makes Yams marks for nodes Almanac composes itself (`SimpleYAMLReader`). Yams gives `Mark` no public
/// initialiser; it is two `Int`s, line then column, and a test checks that a mark made here reads back the same.
enum YAMLMark {
    private struct Layout {
        let line: Int
        let column: Int
    }

    static func make(line: Int, column: Int) -> Mark {
        unsafeBitCast(Layout(line: line, column: column), to: Mark.self)
    }
}
