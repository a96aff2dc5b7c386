/// The steps a report's build takes after parsing that a single report and each edition of a site share: its
/// strings in its language (with its own wording) and the previous edition's figures file it names.
enum EditionBuild {
    static func strings(_ report: ParsedReport, content: ContentFiles, templates: TemplateFiles, limits: Limits,
                        diagnostics: inout Diagnostics) -> ReportStrings? {
        ReportStringsParser.parse(templates, language: report.settings.language, languageLocation: report.settings.languageLocation,
                                  limits: limits, diagnostics: &diagnostics)
            .flatMap { ReportWordingParser.merge(content.wording, into: $0, limits: limits, diagnostics: &diagnostics) }
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
