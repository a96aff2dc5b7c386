/// One file of the finished site, in memory until the write stage puts it on disk.
public struct RenderedFile: Sendable, Equatable {
    /// Path inside the output folder, always with `/` and never leaving it.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
