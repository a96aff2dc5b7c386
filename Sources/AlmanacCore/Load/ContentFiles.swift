/// The raw files of a report, as loaded: what the parse stage works from.
public struct ContentFiles: Sendable {
    public var report: SourceFile?
    /// `model.yaml`: the register, what themes list and the record sets.
    public var model: SourceFile?
    /// `figures.yaml`: the figure declarations.
    public var figures: SourceFile?
    /// `wording.yaml` (optional): the report's own sentences around its figures, for templates.
    public var wording: SourceFile?
    /// Every other YAML file at the top level or in `records/`, by path relative to the content folder;
    /// `model.yaml` says which is the register and which hold records.
    public var data: [String: SourceFile] = [:]
    /// YAML files that exist but could not be read (already reported), so they are not also called missing.
    public var unreadable: Set<String> = []
    public var themes: [SourceFile] = []
    public var pages: [SourceFile] = []
    /// Images published with the pages: those beside the Markdown (at the site's root, as the pages are) and
    /// those in `images/` (under `images/`), each with the path it is published at.
    public var images: [AssetFile] = []
    /// Path of the content folder as shown in diagnostics.
    public var root: String

    public init(root: String) {
        self.root = root
    }
}

/// The templates folder, loaded: Mustache sources by name and assets to copy.
public struct TemplateFiles: Sendable {
    /// Template name (file name without `.mustache`, partials as `partials/name`) to source.
    public var templates: [String: SourceFile] = [:]
    public var assets: [AssetFile] = []
    /// Strings files (`strings/<language>.yaml`) by language tag.
    public var strings: [String: SourceFile] = [:]
    public var root: String

    public init(root: String) {
        self.root = root
    }
}

extension TemplateFiles {
    /// Every strings file's language, path and bytes, for the keys a preview keeps work under.
    func combineStrings(into hasher: inout Hasher) {
        for language in strings.keys.sorted() {
            hasher.combine(language)
            hasher.combine(strings[language]?.path)
            UTF8Hash.combine(strings[language]?.text, into: &hasher)
        }
    }
}
