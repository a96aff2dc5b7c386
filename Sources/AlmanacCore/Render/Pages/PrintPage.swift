/// The whole report in one document for printing. Not a `PageKind`: it is built last, from every other page's
/// article, so its links can be checked against the finished site.
enum PrintPage {
    /// `document` holds every page's article in order and `generated` every file of the site.
    static func value(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>) -> TemplateValue {
        value(model, fields: fields(model), sections: document.relinkedSections(generated: generated))
    }

    /// The page rendered; a preview's `memo` keeps its work between builds (see `PrintMemo`). While the site key is
    /// unchanged the value has the same shape as when the frame was made, so only its size is checked again.
    static func render(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>, templates: TemplateSet,
                       memo: PrintMemo?, diagnostics: inout Diagnostics) -> String? {
        guard let memo else {
            return templates.render("print", value(model, document: document, generated: generated),
                                    page: PrintDocument.address, diagnostics: &diagnostics)
        }
        let fields = memo.fields { Self.fields(model) }
        let sections = document.relinkedSections(generated: generated, memo: memo)
        let value = value(model, fields: fields, sections: sections)
        // An empty section is falsy in a template and a placeholder is not: such a document renders whole.
        if sections.contains(where: \.html.isEmpty) {
            return templates.render("print", value, page: PrintDocument.address, diagnostics: &diagnostics)
        }
        let frame: PrintMemo.Frame
        if let kept = memo.currentFrame {
            frame = kept
        } else {
            var placeholders = sections
            for index in placeholders.indices { placeholders[index].html = PrintSplice.placeholder(index) }
            var problems = Diagnostics()
            let framed = templates.render("print", Self.value(model, fields: fields, sections: placeholders),
                                          page: PrintDocument.address, diagnostics: &problems)
            frame = PrintMemo.Frame(pieces: framed.flatMap { problems.all.isEmpty ? PrintSplice.cut($0, count: sections.count) : nil })
            memo.keep(frame)
        }
        guard let pieces = frame.pieces, pieces.count == sections.count + 1 else {
            return templates.render("print", value, page: PrintDocument.address, diagnostics: &diagnostics)
        }
        if let problem = templates.costProblem("print", value, page: PrintDocument.address) {
            diagnostics.append(problem)
            return nil
        }
        return PrintSplice.join(pieces, sections: sections.map(\.html))
    }

    /// Everything but the sections: the shell, the cover and its charts.
    private static func fields(_ model: ReportViewModel) -> [String: TemplateValue] {
        let strings = model.strings
        var fields = model.common(title: strings.text("nav.print"),
                                  description: strings.text("page.print.description", ["title": model.report.settings.title]),
                                  url: PrintDocument.address)
        fields.merge(CoverPage.fields(model, linkingTo: { "#" + PrintDocument.anchor(forSlug: $0) }), uniquingKeysWith: { _, new in new })
        fields["cover_anchor"] = .text(PrintDocument.coverAnchor)
        return fields
    }

    private static func value(_ model: ReportViewModel, fields: [String: TemplateValue],
                              sections: [PrintDocument.Section]) -> TemplateValue {
        var fields = fields
        fields["sections"] = .list(sections.map { section in
            .object(["anchor": .text(PrintDocument.anchor(forSlug: section.slug)), "title": .text(section.title),
                     "html": .html(section.html), "is_theme": .flag(section.isTheme)])
        })
        return model.finished(fields)
    }
}
