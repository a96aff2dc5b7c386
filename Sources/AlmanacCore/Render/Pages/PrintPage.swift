/// The whole report in one document for printing. Not a `PageKind`: it is built last, from every other page's
/// article, so its links can be checked against the finished site.
enum PrintPage {
    /// `document` holds every page's article in order and `generated` every file of the site.
    static func value(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>) -> TemplateValue {
        let strings = model.strings
        var fields = model.common(title: strings.text("nav.print"),
                                  description: strings.text("page.print.description", ["title": model.report.settings.title]),
                                  url: PrintDocument.address)
        fields.merge(CoverPage.fields(model, linkingTo: { "#" + PrintDocument.anchor(forSlug: $0) }), uniquingKeysWith: { _, new in new })
        fields["sections"] = .list(document.relinkedSections(generated: generated).map { section in
            .object(["anchor": .text(PrintDocument.anchor(forSlug: section.slug)), "title": .text(section.title),
                     "html": .html(section.html), "is_theme": .flag(section.isTheme)])
        })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        return model.finished(fields)
    }
}
