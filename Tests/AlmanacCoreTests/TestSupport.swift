@testable import AlmanacCore
import Foundation

/// Paths and helpers shared by the tests: the repository, fixtures, temporary folders.
enum TestSupport {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/AlmanacCoreTests/Fixtures")
    static let templates = repositoryRoot.appendingPathComponent("templates").path
    static let smallSite = fixtures.appendingPathComponent("sites/small/content")

    /// A new empty folder in this test process's temporary folder.
    static func temporaryFolder(_ label: String = "almanac-test") throws -> URL {
        let url = temporaryRoot.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder holding every temporary folder of this test process, removed when the process exits; one left
    /// by a process that no longer runs (killed, or crashed) is removed by the next. A run of the suite makes
    /// hundreds of folders, and a system temporary folder of 50,000 entries slows every build that lists it.
    private static let temporaryRoot: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "almanac-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
        let root = base.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestSupport.temporaryRoot) }
        return root
    }()

    /// Copies a folder's contents into another, replacing files of the same name.
    static func overlay(_ source: URL, onto destination: URL) throws {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: source.path) else { return }
        // The folder itself first: the enumeration may list a file before any sub-folder creates it.
        try fileManager.createDirectory(at: destination, withIntermediateDirectories: true)
        while let item = enumerator.nextObject() as? String {
            let from = source.appendingPathComponent(item)
            let to = destination.appendingPathComponent(item)
            var isDirectory: ObjCBool = false
            _ = fileManager.fileExists(atPath: from.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try fileManager.createDirectory(at: to, withIntermediateDirectories: true)
            } else {
                try? fileManager.removeItem(at: to)
                try fileManager.copyItem(at: from, to: to)
            }
        }
    }

    /// A copy of the small fixture site's content in a new folder, with where its output would go (not created).
    static func smallSiteCopy() throws -> (work: URL, content: URL, output: URL) {
        let work = try temporaryFolder()
        let content = work.appendingPathComponent("content")
        try overlay(smallSite, onto: content)
        return (work, content, work.appendingPathComponent("output"))
    }

    /// Options for building a content folder with the default templates into `output`.
    static func options(content: String, output: String, templates: String = TestSupport.templates) -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output)
    }

    /// Every regular file below a folder, relative path to bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(item).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[item] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// Every `id` attribute of a page, in page order and with repeats, read as the link checker reads pages.
    static func idsInOrder(_ html: String) -> [String] {
        var ids: [String] = []
        var html = html
        _ = html.withUTF8 { buffer in
            HTMLTokenizer.forEachAttribute(in: buffer) { if $0.name == .id { ids.append($0.value) } }
        }
        return ids
    }

    /// The shipped strings of a language (default: en-GB), read as a build reads them.
    static func strings(_ language: String = ReportStrings.defaultLanguage, templates: String = TestSupport.templates) -> ReportStrings {
        var diagnostics = Diagnostics()
        let files = ContentLoader.loadTemplates(options(content: "unused", output: "unused", templates: templates), diagnostics: &diagnostics)
        guard let strings = ReportStringsParser.parse(files, language: language, languageLocation: nil, limits: Limits(),
                                                      diagnostics: &diagnostics) else {
            fatalError("the \(language) strings do not load: \(diagnostics.all)")
        }
        return strings
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
