/// A text file read from disk, decoded and normalised to `\n` line endings.
public struct SourceFile: Sendable, Equatable {
    /// Path as shown in diagnostics, e.g. `content/themes/01-better-brighter-futures.md`.
    public var path: String
    /// Path inside its root folder, e.g. `themes/01-better-brighter-futures.md`.
    public var relativePath: String
    public var text: String

    public init(path: String, relativePath: String, text: String) {
        self.path = path
        self.relativePath = relativePath
        self.text = text
    }
}

/// A file copied to the output as it is (CSS, images, fonts).
public struct AssetFile: Sendable, Equatable {
    public var relativePath: String
    public var bytes: [UInt8]
}
