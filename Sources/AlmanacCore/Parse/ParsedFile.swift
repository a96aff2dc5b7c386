/// One file of the content to parse, so the parse stage can spread files over the cores.
enum ParseJob: Sendable {
    case report, register, events, activities, applications
    case theme(Int)
    case page(Int)
}

/// What parsing one file gave, with the problems found in it.
struct ParsedFile: Sendable {
    enum Value: Sendable {
        case report(ReportSettings?)
        case register([Authority], rejectedIDs: Set<String>)
        case events([LearningEvent])
        case activities([Activity])
        case applications([ApplicationCount]?)
        case theme(Theme?)
        case page(FreePage?)
    }

    var value: Value
    var diagnostics: [Diagnostic]

    /// The one file a job reads.
    static func source(of job: ParseJob, in files: ContentFiles) -> SourceFile? {
        switch job {
        case .report: return files.report
        case .register: return files.authorities
        case .events: return files.events
        case .activities: return files.activities
        case .applications: return files.applications
        case .theme(let index): return files.themes[index]
        case .page(let index): return files.pages[index]
        }
    }

    static func parse(_ job: ParseJob, files: ContentFiles, limits: Limits) -> ParsedFile {
        var diagnostics = Diagnostics()
        let value: Value
        switch job {
        case .report:
            value = .report(files.report.flatMap { ReportSettingsParser.parse($0, limits: limits, diagnostics: &diagnostics) })
        case .register:
            let register = files.authorities.map { AuthorityRegisterParser.parse($0, limits: limits, diagnostics: &diagnostics) }
            value = .register(register?.authorities ?? [], rejectedIDs: register?.rejectedIDs ?? [])
        case .events:
            value = .events(files.events.map { RecordsParser.events($0, limits: limits, diagnostics: &diagnostics) } ?? [])
        case .activities:
            value = .activities(files.activities.map { RecordsParser.activities($0, limits: limits, diagnostics: &diagnostics) } ?? [])
        case .applications:
            value = .applications(files.applications.map { RecordsParser.applications($0, limits: limits, diagnostics: &diagnostics) })
        case .theme(let index):
            value = .theme(ThemeParser.parse(files.themes[index], limits: limits, diagnostics: &diagnostics))
        case .page(let index):
            value = .page(FreePageParser.parse(files.pages[index], limits: limits, diagnostics: &diagnostics))
        }
        return ParsedFile(value: value, diagnostics: diagnostics.all)
    }
}
