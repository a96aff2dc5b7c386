/// Reads `content/wording.yaml`: the report's own sentences around its figures (headlines, at-a-glance items,
/// the heading of what a theme lists). They are content, written in the report's language, so they live with
/// the content rather than in the templates' strings files; templates use them as `{{strings.report.KEY}}`.
enum ReportWordingParser {
    static let prefix = "report."

    /// `strings` with the wording's keys added under `report.`; nil after reporting a problem.
    static func merge(_ file: SourceFile?, into strings: ReportStrings, limits: Limits,
                      diagnostics: inout Diagnostics) -> ReportStrings? {
        guard let file else { return strings }
        var problems = Diagnostics()
        guard let wording = StringsFile.parse(file, limits: limits, diagnostics: &problems) else {
            diagnostics.append(contentsOf: problems.all)
            return nil
        }
        if let rule = wording.pluralRule {
            problems.error("plural_rule belongs in the templates' strings file; wording.yaml follows it", at: rule.location)
        }
        ReportStringsParser.checkForms(wording, rule: strings.pluralRule, diagnostics: &problems)
        var texts = strings.texts, plurals = strings.plurals
        for key in wording.values.keys.sorted() {
            switch wording.values[key]! {
            case .text(let text): texts[prefix + key] = text
            case .plural(let forms): plurals[prefix + key] = forms
            case .list:
                problems.error("\"\(key)\" is a list; wording.yaml holds texts and plurals only",
                               at: wording.locations[key] ?? .file(file.path))
            }
        }
        diagnostics.append(contentsOf: problems.all)
        guard !problems.hasErrors else { return nil }
        return ReportStrings(language: strings.language, pluralRule: strings.pluralRule, texts: texts, plurals: plurals,
                             months: strings.months, numberWords: strings.numberWords)
    }
}
