import Foundation

/// A fresh copy of the small fixture site and the default templates in a temporary folder, for a preview server
/// to build and serve; the caller removes `folder`.
struct PreviewSiteCopy {
    let folder: URL
    var content: URL { folder.appendingPathComponent("content") }
    var templates: URL { folder.appendingPathComponent("templates") }
    var output: URL { folder.appendingPathComponent("output") }

    init(label: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let repository = LiveServerTests.repository
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Tests/AlmanacCoreTests/Fixtures/sites/small/content"), to: content)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("templates"), to: templates)
    }
}
