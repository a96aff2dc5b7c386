/// `404.html`, which a web server sends for any address the site lacks, at any depth: so its links cannot be
/// relative to where it is. With `site_url` it gets `<base href>`; without, its links start at the server's root.
struct NotFoundPage: PageKind {
    static let address = "404.html"

    func plans(_ model: ReportViewModel) -> [PagePlan] {
        let title = model.strings.text("not_found.title")
        return [PagePlan(slug: "404", title: title, template: "not-found", article: nil) { model, _ in
            let fields = model.common(title: title, description: model.strings.text("not_found.description"),
                                      url: Self.address, root: Self.root(model), canonical: false)
            return model.finished(fields)
        }]
    }

    /// Empty when `<base href>` (site_url) makes relative links work; otherwise the site's folder from the server's
    /// root: `/`, or `/2024/` for an edition of a site of several.
    static func root(_ model: ReportViewModel) -> String {
        guard model.report.settings.siteURL == nil else { return "" }
        guard let edition = model.editions?.current, !edition.isEmpty else { return "/" }
        return "/" + edition + "/"
    }
}
