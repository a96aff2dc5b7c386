import Foundation

/// One file of the starter report, carried inside the binary so `almanac new` needs no repository.
public struct StarterFile: Sendable, Equatable {
    /// How a file's bytes are written in Swift source: as text, or as base64 when they are not text.
    public enum Contents: Sendable, Equatable {
        case text(String)
        case base64(String)
    }

    /// The path inside the new report's folder, with `/` between folders.
    public let path: String
    public let contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The file's bytes as they are written to disk.
    public var data: Data {
        switch contents {
        case .text(let text): Data(text.utf8)
        case .base64(let encoded): Data(base64Encoded: encoded) ?? Data()
        }
    }
}

/// The starter report `almanac new` writes: examples/starter/ and a copy of the default templates.
public enum StarterFiles {
    /// Every file, sorted by path.
    public static var all: [StarterFile] { embedded }
}
