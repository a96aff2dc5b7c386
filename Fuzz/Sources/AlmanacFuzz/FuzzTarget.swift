import AlmanacCore
import Foundation

/// libFuzzer entry point: the input replaces one file of the small fixture site or one or two templates (chosen
/// by its first byte) and the site goes through decode → parse → aggregate → template check → render → link
/// check in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func almanacFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzSite.shared.build(replacing: Int(bytes[0]), with: Array(bytes.dropFirst()))
    return 0
}

/// The fixture site and templates, loaded once; immutable afterwards.
final class FuzzSite: Sendable {
    static let shared = FuzzSite()

    let content: ContentFiles
    let templates: TemplateFiles
    let options: BuildOptions

    init() {
        let root = ProcessInfo.processInfo.environment["ALMANAC_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath + "/.."
        options = BuildOptions(contentDirectory: root + "/Tests/AlmanacCoreTests/Fixtures/sites/small/content",
                               templatesDirectory: root + "/templates", outputDirectory: "/nonexistent")
        var diagnostics = Diagnostics()
        content = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        templates = ContentLoader.loadTemplates(options, diagnostics: &diagnostics)
        precondition(!diagnostics.hasErrors && content.report != nil, "fuzz fixture did not load: \(diagnostics.sorted)")
    }

    func build(replacing selector: Int, with bytes: [UInt8]) {
        var files = content
        var templates = self.templates
        var diagnostics = Diagnostics()
        guard let text = FuzzDecoding.decode(bytes, path: "fuzz", diagnostics: &diagnostics) else { return }
        func replaced(_ file: SourceFile?) -> SourceFile? {
            file.map { SourceFile(path: $0.path, relativePath: $0.relativePath, text: text) }
        }
        switch selector % 12 {
        case 0: files.report = replaced(files.report)
        case 1: files.authorities = replaced(files.authorities)
        case 2: files.events = replaced(files.events)
        case 3: files.activities = replaced(files.activities)
        case 4: files.applications = replaced(files.applications)
        case 5: files.themes[0] = replaced(files.themes[0])!
        case 6: files.pages[0] = replaced(files.pages[0])!
        case 7: files.themes[1] = replaced(files.themes[1])!
        case 8: templates.templates["layout"] = replaced(templates.templates["layout"])
        case 9: templates.templates["page"] = replaced(templates.templates["page"])
        case 10: templates.templates["pager"] = replaced(templates.templates["pager"])
        default:
            // Two templates at once, split at a "~~~" line, so one can include the other (and back): the
            // pager and a new partial "extra".
            let parts = text.components(separatedBy: "\n~~~\n")
            let pager = templates.templates["pager"]!
            templates.templates["pager"] = SourceFile(path: pager.path, relativePath: pager.relativePath, text: parts[0])
            templates.templates["extra"] = SourceFile(path: "templates/partials/extra.mustache",
                                                      relativePath: "partials/extra.mustache", text: parts.dropFirst().joined())
        }
        guard let report = ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics) else { return }
        let figures = FigureCalculator.compute(report, diagnostics: &diagnostics)
        let rendered = SiteRenderer.render(report, figures: figures, templates: templates, options: options, diagnostics: &diagnostics)
        LinkChecker.check(rendered, report: report, diagnostics: &diagnostics)
        for diagnostic in diagnostics.all where diagnostic.message.isEmpty {
            fatalError("empty diagnostic message")
        }
    }
}
