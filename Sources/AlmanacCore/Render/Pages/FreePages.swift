/// Pages that are not themes (Introduction, Spotlight on Impact, …): title, summary and Markdown body.
struct FreePages: PageKind {
    func plans(_ model: ReportViewModel) -> [PagePlan] {
        model.report.pages.enumerated().map { index, page in
            PagePlan(slug: page.slug, title: page.title, template: "page", article: "page-article", body: page.body.slice) { model, markdown in
                let url = ReportViewModel.url(forSlug: page.slug)
                var fields = model.common(title: page.title, description: page.summary, url: url,
                                          section: model.pageGroups.section(of: index, contents: "index.html"))
                fields["body_html"] = .html(markdown.html(page.body, themeSlug: nil))
                fields["prose_illustrative"] = .flag(markdown.showsIllustrative)
                fields["summary"] = .optionalText(page.summary)
                fields.merge(model.neighbours(of: url), uniquingKeysWith: { _, new in new })
                return model.finished(fields)
            }
        }
    }
}
