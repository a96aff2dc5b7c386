/// The whole report in one document for printing. Not a `PageKind`: it is built last, from every other page's
/// article, so its links can be checked against the finished site.
enum PrintPage {
    /// The page rendered; a preview's `memo` keeps its work between builds (see `PrintMemo`). While the site key is
    /// unchanged the value has the same shape as when the frame was made, so only its size is checked again. A page
    /// joined from the frame's pieces comes with its links and ids, read piece by piece, when every piece allowed it.
    /// A build passes the `frame` it made while the pages rendered (see `frame(_:sections:templates:)`). `document`
    /// holds every page's article in order and `generated` every file of the site.
    static func render(_ model: ReportViewModel, document: PrintDocument, generated: Set<String>, templates: TemplateSet,
                       memo: PrintMemo?, frame built: BuiltFrame? = nil,
                       diagnostics: inout Diagnostics) -> (file: RenderedFile, scan: HTMLScanner?)? {
        let whole = { (value: TemplateValue, diagnostics: inout Diagnostics) in
            templates.renderBytes("print", value, page: PrintDocument.address, diagnostics: &diagnostics)
                .map { (file: RenderedFile(path: PrintDocument.address, bytes: $0), scan: HTMLScanner?.none) }
        }
        guard let memo else {
            let sections = document.relinkedSections(generated: generated)
            // `built` was made from the planned sections: when a page's article failed, the document holds one
            // section fewer and the page renders whole.
            if let pieces = built?.pieces, joins(pieces, sections) {
                let bytes = PrintSplice.join(pieces, sections: sections.map(\.html))
                return (RenderedFile(path: PrintDocument.address, bytes: bytes), nil)
            }
            return whole(value(model, fields: built?.fields ?? fields(model), sections: sections), &diagnostics)
        }
        let fields = memo.fields { Self.fields(model) }
        let sections = document.relinkedSections(generated: generated, memo: memo)
        // The whole value (2,000 sections at 2,000 pages) is needed only to render it whole.
        let value = { Self.value(model, fields: fields, sections: sections) }
        // A document with an empty section never joins (see `joins`): no frame is made for it.
        if sections.contains(where: \.html.isEmpty) { return whole(value(), &diagnostics) }
        let frame: PrintMemo.Frame
        if let kept = memo.currentFrame {
            frame = kept
        } else {
            frame = PrintMemo.Frame(pieces: Self.frame(model, fields: fields, sections: sections, templates: templates))
            memo.keep(frame)
        }
        guard let pieces = frame.pieces, joins(pieces, sections) else { return whole(value(), &diagnostics) }
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

    /// The most sections whose frame a build makes while the other pages render. A larger document renders whole
    /// after them, as before: at 10,000 pages the frame, made beside the pages, raised the peak memory from 201 to
    /// 221 MB, for a tail that is a small part of such a build.
    static let sectionsFramedBesidePages = 1_000

    /// What a build makes of the print page while the other pages render: everything but the sections (`fields`, the
    /// cover and its charts, used again if the page renders whole) and the page cut around them.
    struct BuiltFrame: Sendable {
        let fields: [String: TemplateValue]
        /// Nil when the template reported a problem or did not print each placeholder once, in order.
        let pieces: [String]?
    }

    /// The page rendered with a placeholder where each section's HTML goes, cut at them (see `PrintSplice`). Only the
    /// sections' slugs, titles and kinds are read, so a build makes it on another core while the pages render.
    static func frame(_ model: ReportViewModel, sections: [PrintDocument.Section], templates: TemplateSet) -> BuiltFrame {
        let fields = fields(model)
        return BuiltFrame(fields: fields, pieces: frame(model, fields: fields, sections: sections, templates: templates))
    }

    private static func frame(_ model: ReportViewModel, fields: [String: TemplateValue], sections: [PrintDocument.Section],
                              templates: TemplateSet) -> [String]? {
        var placeholders = sections
        for index in placeholders.indices { placeholders[index].html = PrintSplice.placeholder(index) }
        var problems = Diagnostics()
        let framed = templates.render("print", value(model, fields: fields, sections: placeholders), page: PrintDocument.address,
                                      diagnostics: &problems)
        return framed.flatMap { problems.all.isEmpty ? PrintSplice.cut($0, count: sections.count) : nil }
    }

    /// Whether joining `pieces` with the sections' HTML gives the page rendering it whole would.
    /// - An empty section is falsy in a template and a placeholder is not: such a document renders whole.
    /// - The joined page's size is known exactly. One that could pass a page's limits is rendered whole, so the limits
    ///   are reported as a whole render reports them. (A print version of more than a million template steps, some
    ///   100,000 sections, is the one case a build bounds and a preview joins.)
    private static func joins(_ pieces: [String], _ sections: [PrintDocument.Section]) -> Bool {
        guard pieces.count == sections.count + 1, !sections.contains(where: \.html.isEmpty) else { return false }
        let size = pieces.reduce(0) { $0 + $1.utf8.count } + sections.reduce(0) { $0 + $1.html.utf8.count }
        return size <= TemplateCost.maxPageCost - TemplateSet.stepsBeforeBounding
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
