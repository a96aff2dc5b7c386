/// Picks the strings file of the report's language and checks it against the default language's, key by key.
enum ReportStringsParser {
    /// Keys Almanac's own code uses (the rest are used by templates, which the template checker checks).
    static let keysUsedByAlmanac = [
        "number.group", "number.percent", "date.day_month_year", "date.month_year", "list.separator", "list.last_separator",
        "months", "number_words", "nav.contents", "nav.figures", "nav.accessibility", "nav.accessibility_statement",
        "nav.print", "page.figures.description", "page.accessibility.description", "page.print.description",
        "not_found.title", "not_found.description",
        "count.over", "count.around", "chart.show_table", "chart.source", "chart.legend_hatched", "chart.header.date",
        "chart.not_recorded", "chart.finding_when_equal", "chart.total", "figures.share_rule", "figures.declared", "figures.source.themes", "figures.source.records",
        "figures.source.register", "contact.telephone", "contact.email", "contact.web",
        "provenance.mark", "provenance.mark_label", "provenance.chart_note", "change.new", "change.not_comparable",
        "change.same", "change.up", "change.down", "change.up_points", "change.down_points", "figures.disappeared",
        "landing.trend_title", "landing.trend_title_percent", "landing.trend_finding", "landing.header.edition",
        "rule.count", "rule.sum", "rule.share", "rule.measures", "rule.in_theme", "rule.where", "rule.condition", "rule.or",
    ]

    /// The strings of `language`; every problem is reported (a missing file at `languageLocation`, with a did-you-mean).
    static func parse(_ files: TemplateFiles, language: String, languageLocation: SourceLocation?, limits: Limits,
                      diagnostics: inout Diagnostics) -> ReportStrings? {
        let defaultLanguage = ReportStrings.defaultLanguage
        guard let file = files.strings[language] else {
            let known = files.strings.keys.sorted()
            diagnostics.error("there is no strings file for language \"\(language)\" (\(files.root)/strings/\(language).yaml)",
                              at: languageLocation ?? .file("\(files.root)/strings/\(language).yaml"),
                              hint: sameLanguage(as: language, among: known) ?? Suggestion.didYouMean(language, among: known)
                                ?? (known.isEmpty ? "add templates/strings/\(language).yaml" : "languages with a strings file: \(known.joined(separator: ", "))"))
            return nil
        }
        var problems = Diagnostics()
        guard let strings = StringsFile.parse(file, limits: limits, diagnostics: &problems) else {
            diagnostics.append(contentsOf: problems.all)
            return nil
        }
        let rule = pluralRule(of: strings, language: language, file: file, diagnostics: &problems)
        var compared = false
        if language != defaultLanguage, let reference = files.strings[defaultLanguage] {
            // The default file's own problems are reported only when it is the one in use.
            var ignored = Diagnostics()
            if let expected = StringsFile.parse(reference, limits: limits, diagnostics: &ignored), !ignored.hasErrors {
                compare(strings, with: expected, file: file, diagnostics: &problems)
                compared = keysUsedByAlmanac.allSatisfy { expected.values[$0] != nil }
            }
        }
        // Compared with a complete default file, a key Almanac uses is already reported as missing.
        for key in keysUsedByAlmanac where !compared && strings.values[key] == nil {
            problems.error("strings file has no \"\(key)\", which Almanac uses", at: .file(file.path),
                           hint: "copy it from \(defaultLanguage).yaml and translate it")
        }
        if let rule { checkForms(strings, rule: rule, diagnostics: &problems) }
        for key in strings.values.keys.sorted() where key.hasPrefix(ReportWordingParser.prefix) {
            problems.error("\"\(key)\" is the report's own wording: it belongs in content/wording.yaml",
                           at: strings.locations[key] ?? .file(file.path),
                           hint: "write it there as \(key.dropFirst(ReportWordingParser.prefix.count)): …")
        }
        diagnostics.append(contentsOf: problems.all)
        guard let rule, !problems.hasErrors else { return nil }
        var texts: [String: String] = [:], plurals: [String: [PluralCategory: String]] = [:], lists: [String: [String]] = [:]
        for (key, value) in strings.values {
            switch value {
            case .text(let text): texts[key] = text
            case .plural(let forms): plurals[key] = forms
            case .list(let items): lists[key] = items
            }
        }
        return ReportStrings(language: language, pluralRule: rule, texts: texts, plurals: plurals,
                             months: lists["months"] ?? [], numberWords: lists["number_words"] ?? [])
    }

    /// A tag with the same primary language (`cy` for `cy-GB`), as a hint.
    private static func sameLanguage(as language: String, among known: [String]) -> String? {
        let primary = { (tag: String) in tag.split(separator: "-").first.map { $0.lowercased() } ?? "" }
        return known.first { primary($0) == primary(language) }.map { "did you mean \"\($0)\"?" }
    }

    /// The rule the file names, else the one its language implies; an unknown language must name one.
    private static func pluralRule(of strings: StringsFile, language: String, file: SourceFile,
                                   diagnostics: inout Diagnostics) -> PluralRule? {
        if let named = strings.pluralRule { return named.rule }
        if let implied = PluralRule.implied(by: language) { return implied }
        diagnostics.error("Almanac knows no plural rule for \"\(language)\"", at: .file(file.path),
                          hint: "add plural_rule: with one of \(PluralRule.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// Every key of the default file must be translated, with the same kind of value; no other key may appear.
    private static func compare(_ strings: StringsFile, with expected: StringsFile, file: SourceFile,
                                diagnostics: inout Diagnostics) {
        for key in expected.values.keys.sorted() {
            guard let value = strings.values[key] else {
                diagnostics.error("strings file has no \"\(key)\"", at: .file(file.path),
                                  hint: "translate it from \(ReportStrings.defaultLanguage).yaml; no language falls back to another")
                continue
            }
            let location = strings.locations[key] ?? .file(file.path)
            if kind(of: value) != kind(of: expected.values[key]!) {
                diagnostics.error("\"\(key)\" must be \(kind(of: expected.values[key]!)), as in \(ReportStrings.defaultLanguage).yaml",
                                  at: location)
            }
            let known = Set(placeholders(in: expected.values[key]!))
            for name in Set(placeholders(in: value)).subtracting(known).sorted() {
                diagnostics.error("\"\(key)\" uses {\(name)}, which \(ReportStrings.defaultLanguage).yaml does not give it", at: location,
                                  hint: Suggestion.didYouMean(name, among: known) ?? "keep placeholders as written")
            }
        }
        for key in strings.values.keys.sorted() where expected.values[key] == nil {
            diagnostics.error("unknown strings key \"\(key)\"", at: strings.locations[key] ?? .file(file.path),
                              hint: Suggestion.didYouMean(key, among: expected.values.keys)
                                ?? "\(ReportStrings.defaultLanguage).yaml has no such key")
        }
    }

    /// Plurals give every form of the rule, months are twelve and number words at least one.
    static func checkForms(_ strings: StringsFile, rule: PluralRule, diagnostics: inout Diagnostics) {
        for (key, value) in strings.values.sorted(by: { $0.key < $1.key }) {
            let location = strings.locations[key] ?? .file(strings.path)
            switch value {
            case .plural(let forms):
                let missing = rule.categories.filter { forms[$0] == nil }
                if !missing.isEmpty {
                    diagnostics.error("plural \"\(key)\" lacks the form\(missing.count == 1 ? "" : "s") "
                                      + missing.map(\.rawValue).joined(separator: ", ") + " (plural rule \(rule.rawValue))", at: location)
                }
            case .list(let items) where key == "months" && items.count != 12:
                diagnostics.error("\"months\" must list 12 month names, not \(items.count)", at: location)
            case .list(let items) where items.isEmpty:
                diagnostics.error("\"\(key)\" must list at least one text", at: location)
            case .text, .list:
                break
            }
        }
    }

    private static func placeholders(in value: StringsFile.Value) -> [String] {
        switch value {
        case .text(let text): return ReportStrings.placeholders(in: text)
        case .plural(let forms): return forms.values.flatMap(ReportStrings.placeholders)
        case .list: return []
        }
    }

    private static func kind(of value: StringsFile.Value) -> String {
        switch value {
        case .text: return "a text"
        case .plural: return "a plural"
        case .list: return "a list"
        }
    }
}
