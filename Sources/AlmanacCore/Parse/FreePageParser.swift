/// Reads one free page (Introduction, Spotlight, …): title, order, optional summary and slug.
enum FreePageParser {
    static func parse(_ file: SourceFile, limits: Limits, diagnostics: inout Diagnostics) -> FreePage? {
        guard let split = FrontMatter.split(file, diagnostics: &diagnostics),
              let document = YAMLDocument.parse(split.yaml, path: file.path, lineOffset: split.yamlLineOffset,
                                                maxNodes: limits.maxYAMLNodes, diagnostics: &diagnostics),
              let fields = YAMLFields(document.root, in: document, what: "page front matter",
                                      required: ["title", "order"], optional: ["summary", "slug"], diagnostics: &diagnostics)
        else { return nil }
        let slug = fields.has("slug") ? fields.identifier("slug", diagnostics: &diagnostics)
                                      : ThemeParser.fileSlug(file, diagnostics: &diagnostics)
        let title = fields.text("title", diagnostics: &diagnostics)
        let order = fields.count("order", diagnostics: &diagnostics)
        guard let slug, let title, let order else { return nil }
        return FreePage(slug: slug, title: title, order: order, summary: fields.text("summary", diagnostics: &diagnostics),
                        body: split.body, location: .file(file.path))
    }
}
