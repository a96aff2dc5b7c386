/// The user's Mustache templates, compiled once, checked against each value before it renders.
struct TemplateSet {
    private let renderer: TemplateRenderer
    private let checker: TemplateChecker
    private let cost: TemplateCost

    /// Names the generator renders pages with; each must exist. The `-article` partials are rendered on their
    /// own too: the print version puts every page's article in one document.
    static let pageTemplates = ["index", "theme", "page", "figures", "quote", "accessibility", "print", "not-found",
                                "page-article", "theme-article", "figures-article", "accessibility-article"]

    init?(_ files: TemplateFiles, diagnostics: inout Diagnostics) {
        // Read every tag first: what no template may do is refused before it is parsed (the parsers recurse per
        // section) or anything renders (rendering follows partials without a limit of its own).
        let characters = files.templates.mapValues { TemplateCharacters($0.text) }
        let tagsByName = Dictionary(uniqueKeysWithValues: files.templates.map { ($0.key, TemplateTag.scan($0.value, characters[$0.key]!)) })
        var graphProblems = TemplateIncludeGraph(tagsByName: tagsByName).problems()
        if graphProblems.isEmpty { graphProblems = TemplateBlockGraph(tagsByName: tagsByName).problems() }
        diagnostics.append(contentsOf: graphProblems)
        var ok = graphProblems.isEmpty
        var safe: [String] = []
        for name in files.templates.keys.sorted() {
            let problems = TemplateSafetyRules.problems(in: tagsByName[name]!, known: tagsByName.keys)
            if problems.isEmpty { safe.append(name) } else { diagnostics.append(contentsOf: problems); ok = false }
        }
        // Compiled on every core, registered and reported in name order. Almanac's parser accepts what swift-mustache's
        // does; swift-mustache parses only a template Almanac's refuses, to word and place the error.
        let compiled = Parallel.map(safe) { name -> Result<CompiledTemplate, Diagnostic> in
            if let template = try? CompiledTemplate(characters[name]!) { return .success(template) }
            let file = files.templates[name]!
            if case .failure(let problem) = MustacheAdapter.compile(file) { return .failure(problem) }
            return .failure(.error("template could not be compiled", at: .file(file.path),
                                   hint: "Almanac reads templates as swift-mustache does but refused this one; please report it"))
        }
        var templates: [String: CompiledTemplate] = [:]
        for (name, result) in zip(safe, compiled) {
            switch result {
            case .success(let template): templates[name] = template
            case .failure(let problem): diagnostics.append(problem); ok = false
            }
        }
        for name in Self.pageTemplates where files.templates[name] == nil {
            diagnostics.error("missing template \(name).mustache", at: .file(files.root + "/\(name).mustache"))
            ok = false
        }
        guard ok else { return nil }
        renderer = TemplateRenderer(templates: templates)
        checker = TemplateChecker(sources: files.templates, tagsByName: tagsByName)
        cost = TemplateCost(sources: files.templates, tagsByName: tagsByName, overridesByParent: checker.overridesByParent)
    }

    /// Tags, text runs and section passes a page renders before its size is bounded: 20 times a 10,000-item list
    /// of four nodes an item (50,000), and few enough that a template that would run for hours stops at once.
    /// Passing it is no error: the page is then bounded, and rendered whole if the bound allows.
    static let stepsBeforeBounding = 1_000_000

    /// Renders a page (`page` names it in errors); nil when the template names something the value lacks or could
    /// render more than `TemplateCost.maxPageCost`. A page is rendered straight away, within the limits; only one
    /// that passes them is bounded (`TemplateCost`), which words the problem or lets the page render whole.
    func render(_ name: String, _ value: TemplateValue, page: String? = nil, diagnostics: inout Diagnostics) -> String? {
        renderBytes(name, value, page: page, diagnostics: &diagnostics).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for a file written as it is.
    func renderBytes(_ name: String, _ value: TemplateValue, page: String? = nil, diagnostics: inout Diagnostics) -> [UInt8]? {
        let problems = checker.check(template: name, with: value)
        guard problems.isEmpty else {
            diagnostics.append(contentsOf: problems)
            return nil
        }
        if let html = renderer.renderBytes(name, value, steps: Self.stepsBeforeBounding, bytes: TemplateCost.maxPageCost) {
            return html
        }
        if let problem = cost.problem(template: name, with: value, page: page ?? name) {
            diagnostics.append(problem)
            return nil
        }
        return renderer.renderBytes(name, value)
    }

}
