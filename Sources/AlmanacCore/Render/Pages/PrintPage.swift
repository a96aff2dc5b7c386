/// The whole report in one document for printing. Not a `PageKind`: it is built last, from every other page's
/// article, so its links can be checked against the finished site.
enum PrintPage {
    /// `document` holds every page's article in order and `generated` every file of the site.
    static func value(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>) -> TemplateValue {
        value(model, fields: fields(model), sections: document.relinkedSections(generated: generated))
    }

    /// The page rendered; a preview's `memo` keeps its work between builds (see `PrintMemo`). While the site key is
    /// unchanged the value has the same shape as when the frame was made, so only its size is checked again. A page
    /// joined from the frame's pieces comes with its links and ids, read piece by piece, when every piece allowed it.
    static func render(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>, templates: TemplateSet,
                       memo: PrintMemo?, diagnostics: inout Diagnostics) -> (file: RenderedFile, scan: HTMLScanner?)? {
        let whole = { (value: TemplateValue, diagnostics: inout Diagnostics) in
            templates.renderBytes("print", value, page: PrintDocument.address, diagnostics: &diagnostics)
                .map { (file: RenderedFile(path: PrintDocument.address, bytes: $0), scan: HTMLScanner?.none) }
        }
        guard let memo else {
            return whole(value(model, document: document, generated: generated), &diagnostics)
        }
        let fields = memo.fields { Self.fields(model) }
        let sections = document.relinkedSections(generated: generated, memo: memo)
        // The whole value (2,000 sections at 2,000 pages) is needed only to render it whole.
        let value = { Self.value(model, fields: fields, sections: sections) }
        // An empty section is falsy in a template and a placeholder is not: such a document renders whole.
        if sections.contains(where: \.html.isEmpty) { return whole(value(), &diagnostics) }
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
        guard let pieces = frame.pieces, pieces.count == sections.count + 1 else { return whole(value(), &diagnostics) }
        // The joined page's size is known exactly. One that could pass a page's limits is rendered whole, as a build
        // renders it, so the preview says what the build says. (A print version of more than a million template
        // steps, some 100,000 sections, is the one case a build bounds and a preview joins.)
        let size = pieces.reduce(0) { $0 + $1.utf8.count } + sections.reduce(0) { $0 + $1.html.utf8.count }
        if size > TemplateCost.maxPageCost - TemplateSet.stepsBeforeBounding { return whole(value(), &diagnostics) }
        let file = RenderedFile(path: PrintDocument.address, bytes: memo.join(pieces, sections: sections.map(\.html)))
        var scans: [HTMLScanner] = []
        if let pieceScans = frame.scans {
            for (index, section) in sections.enumerated() {
                guard let scan = memo.scan(section.slug, html: section.html) else { break }
                scans += [pieceScans[index], scan]
            }
        }
        let complete = scans.count == 2 * sections.count
        return (file, complete ? HTMLScanner(joining: scans + [frame.scans![sections.count]]) : nil)
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
