/// What to tell an author whose file is over a size cap, by kind of file: a records file cannot be split,
/// a write-up can be shortened, so one "split it" hint for all would mislead.
enum SizeHints {
    static func yaml(_ limit: Int) -> String {
        "this file is read whole and cannot be split; keep it under \(megabytes(limit)) MiB, for example by moving long "
            + "free text into a Markdown page or removing records that belong to another report"
    }

    static func markdown(_ limit: Int) -> String {
        "Markdown files are capped at \(limit / 1024) KiB because libcmark 0.30.2 slows down quadratically on some inputs; "
            + "shorten it, or move part of it into a page of its own under pages/"
    }

    /// `themes/.draft.md` → `themes/draft.md`; a bare `.md` becomes `name.md`.
    static func visibleName(for hiddenPath: String) -> String {
        let parts = hiddenPath.split(separator: "/", omittingEmptySubsequences: false)
        let name = parts.last.map { String($0.drop(while: { $0 == "." })) } ?? ""
        let visible = name.isEmpty || name == "md" ? "name.md" : name
        return (parts.dropLast().map(String.init) + [visible]).joined(separator: "/")
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024))" : String(Double(bytes) / 1_048_576)
    }
}
