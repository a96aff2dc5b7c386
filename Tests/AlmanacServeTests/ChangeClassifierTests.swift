@testable import AlmanacServe
import Testing

/// The change classifier: editor scratch files and hidden files never trigger a rebuild; real sources do.
@Suite struct ChangeClassifierTests {
    @Test(arguments: [
        "content/themes/.01-alpha.md.swp",
        "content/themes/01-alpha.md.swp",
        "content/themes/.01-alpha.md.swx",
        "content/themes/01-alpha.md~",
        "content/themes/.#01-alpha.md",
        "content/themes/#01-alpha.md#",
        "content/themes/4913",
        "/abs/templates/4913",
        "templates/page.mustache___jb_tmp___",
        "templates/page.mustache___jb_old___",
        "content/report.yaml.kate-swp",
    ])
    func ignoresEditorTemporaries(_ path: String) {
        #expect(ChangeClassifier.classify(path) == .editorTemporary)
        #expect(!ChangeClassifier.isRelevant(path))
    }

    @Test(arguments: [
        "content/.DS_Store",
        "content/.git/index",
        "/work/report/templates/.cache/x.css",
    ])
    func ignoresHiddenFiles(_ path: String) {
        #expect(ChangeClassifier.classify(path) == .hidden)
    }

    @Test(arguments: [
        "content/themes/01-alpha.md",
        "content/report.yaml",
        "content/records/events.yaml",
        "templates/partials/at-a-glance.mustache",
        "templates/assets/style.css",
        "/tmp/x/content/pages/introduction.md",
        "content/themes",
        "content/49130.md",
        "content/#notes",
        "../content/themes/01-alpha.md",
    ])
    func rebuildsForSources(_ path: String) {
        #expect(ChangeClassifier.classify(path) == .source)
        #expect(ChangeClassifier.isRelevant(path))
    }
}
