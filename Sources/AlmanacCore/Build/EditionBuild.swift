/// The steps a report's build takes after parsing that a single report and each edition of a site share: its
/// strings in its language (with its own wording) and the previous edition's figures file it names.
enum EditionBuild {
    /// A preview's `cache` keeps them while the strings files, the wording, the language and the limits are the same.
    static func strings(_ report: ParsedReport, content: ContentFiles, templates: TemplateFiles, limits: Limits,
                        cache: ParseCache? = nil, diagnostics: inout Diagnostics) -> ReportStrings? {
        let make = { () -> (strings: ReportStrings?, diagnostics: [Diagnostic]) in
            var found = Diagnostics()
            let strings = ReportStringsParser.parse(templates, language: report.settings.language,
                                                    languageLocation: report.settings.languageLocation, limits: limits, diagnostics: &found)
                .flatMap { ReportWordingParser.merge(content.wording, into: $0, limits: limits, diagnostics: &found) }
            return (strings, found.all)
        }
        guard let cache else {
            let made = make()
            diagnostics.append(contentsOf: made.diagnostics)
            return made.strings
        }
        var key = Hasher()
        key.combine(templates.root)
        templates.combineStrings(into: &key)
        key.combine(content.wording?.path)
        UTF8Hash.combine(content.wording?.text, into: &key)
        key.combine(report.settings.language)
        key.combine(report.settings.languageLocation)
        key.combine(limits)
        let kept = cache.strings.value(key: key.finalize(), make: make)
        diagnostics.append(contentsOf: kept.diagnostics)
        return kept.strings
    }

    /// The figures.json `previous:` names, read and parsed; nil when it names none (or a sibling edition).
    static func previousFile(_ report: ParsedReport, options: BuildOptions, diagnostics: inout Diagnostics) -> PreviousEdition? {
        report.settings.previous.flatMap { named in
            ContentLoader.loadPrevious(named.path, options: options, diagnostics: &diagnostics).flatMap {
                PreviousEditionParser.parse($0, at: named.location, diagnostics: &diagnostics)
            }
        }
    }
}
