import Mustache

/// The user's Mustache templates, compiled once, checked against each value before it renders.
struct TemplateSet {
    /// swift-mustache's compiled templates: what it accepts is what Almanac accepts, with its located syntax errors.
    /// Tests render them to compare with `renderer`.
    let library: MustacheLibrary
    private let renderer: TemplateRenderer
    private let checker: TemplateChecker
    private let cost: TemplateCost

    /// Names the generator renders pages with; each must exist. The `-article` partials are rendered on their
    /// own too: the print version puts every page's article in one document.
    static let pageTemplates = ["index", "theme", "page", "figures", "quote", "accessibility", "print", "not-found",
                                "page-article", "theme-article", "figures-article", "accessibility-article"]

    init?(_ files: TemplateFiles, diagnostics: inout Diagnostics) {
        var library = MustacheLibrary()
        // Read every tag first: what no template may do is refused before swift-mustache parses it (its parser
        // recurses per section) or anything renders (its renderer follows partials without a limit).
        let tagsByName = files.templates.mapValues(TemplateTag.scan)
        var graphProblems = TemplateIncludeGraph(tagsByName: tagsByName).problems()
        if graphProblems.isEmpty { graphProblems = TemplateBlockGraph(tagsByName: tagsByName).problems() }
        diagnostics.append(contentsOf: graphProblems)
        var ok = graphProblems.isEmpty
        var safe: [String] = []
        for name in files.templates.keys.sorted() {
            let problems = TemplateSafetyRules.problems(in: tagsByName[name]!, known: tagsByName.keys)
            if problems.isEmpty { safe.append(name) } else { diagnostics.append(contentsOf: problems); ok = false }
        }
        // Compiled on every core (swift-mustache's parser was a tenth of the default report's build), registered
        // and reported in name order. Almanac renders its own compilation of the text swift-mustache accepted.
        let compiled = Parallel.map(safe.map { files.templates[$0]! }) { file in
            MustacheAdapter.compile(file).flatMap { template -> Result<(MustacheTemplate, CompiledTemplate), Diagnostic> in
                guard let own = try? CompiledTemplate(file.text) else {
                    return .failure(.error("template could not be compiled", at: .file(file.path),
                                           hint: "Almanac reads a template the way swift-mustache does; please report this template"))
                }
                return .success((template, own))
            }
        }
        var own: [String: CompiledTemplate] = [:]
        for (name, result) in zip(safe, compiled) {
            switch result {
            case .success(let (template, compiled)):
                library.register(template, named: name)
                own[name] = compiled
            case .failure(let problem): diagnostics.append(problem); ok = false
            }
        }
        for name in Self.pageTemplates where files.templates[name] == nil {
            diagnostics.error("missing template \(name).mustache", at: .file(files.root + "/\(name).mustache"))
            ok = false
        }
        guard ok else { return nil }
        self.library = library
        renderer = TemplateRenderer(templates: own)
        checker = TemplateChecker(sources: files.templates, tagsByName: tagsByName)
        cost = TemplateCost(sources: files.templates, tagsByName: tagsByName, overridesByParent: checker.overridesByParent)
    }

    /// Renders a page (`page` names it in errors); nil when the template names something the value lacks or could
    /// render more than `TemplateCost.maxPageCost`.
    func render(_ name: String, _ value: TemplateValue, page: String? = nil, diagnostics: inout Diagnostics) -> String? {
        let problems = checker.check(template: name, with: value)
        guard problems.isEmpty else {
            diagnostics.append(contentsOf: problems)
            return nil
        }
        if let problem = cost.problem(template: name, with: value, page: page ?? name) {
            diagnostics.append(problem)
            return nil
        }
        return renderer.render(name, value)
    }

    /// Only the size check of `render`, for a value whose shape was checked before (see `PrintPage`).
    func costProblem(_ name: String, _ value: TemplateValue, page: String) -> Diagnostic? {
        cost.problem(template: name, with: value, page: page)
    }
}
