/// Decides whether a changed file can affect the build, so editor scratch files never trigger a rebuild.
public enum ChangeClassifier {
    /// What a changed path is, as far as rebuilding goes.
    public enum Kind: Equatable, Sendable {
        /// A file the build may read: rebuild.
        case source
        /// A swap, backup, lock or probe file an editor writes while saving: ignore.
        case editorTemporary
        /// A dot-file or a file inside a dot-folder, which the loader skips: ignore.
        case hidden
    }

    /// Suffixes of editor scratch files: Vim swap files, Kate swap files, JetBrains safe-write files.
    static let temporarySuffixes = [".swp", ".swo", ".swx", ".kate-swp", "___jb_tmp___", "___jb_old___"]

    /// Classifies a path (absolute or relative, `/`-separated) by its components.
    public static func classify(_ path: String) -> Kind {
        let components = path.split(separator: "/")
        guard let name = components.last else { return .hidden }
        if isEditorTemporary(name) { return .editorTemporary }
        if components.contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }) { return .hidden }
        return .source
    }

    /// Whether a path should trigger a rebuild.
    public static func isRelevant(_ path: String) -> Bool {
        classify(path) == .source
    }

    /// Whether the watchers should stay out of a folder: dot-folders (`.git`, `.cache`) hold nothing the build reads.
    public static func skipsFolder(named name: String) -> Bool {
        name.hasPrefix(".")
    }

    /// Vim's `4913` write probe, `name~` backups, Emacs's `.#name` locks and `#name#` autosaves, swap files.
    static func isEditorTemporary(_ name: Substring) -> Bool {
        if name == "4913" || name.hasSuffix("~") || name.hasPrefix(".#") { return true }
        if name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#") { return true }
        return temporarySuffixes.contains { name.hasSuffix($0) }
    }
}
