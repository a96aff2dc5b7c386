/// The raw files of a report, as loaded: what the parse stage works from.
public struct ContentFiles: Sendable {
    public var report: SourceFile?
    public var authorities: SourceFile?
    public var themes: [SourceFile] = []
    public var pages: [SourceFile] = []
    public var events: SourceFile?
    public var activities: SourceFile?
    public var applications: SourceFile?
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
