/// One file of the content to parse, so the parse stage can spread files over the cores.
enum ParseJob: Sendable {
    /// First phase: the files that say how to read the others.
    case report, model, figures
    /// Second phase: files read as the model says.
    case register, records(Int)
    case theme(Int)
    case page(Int)
}

/// What parsing one file gave, with the problems found in it.
struct ParsedFile: Sendable {
    enum Value: Sendable {
        case report(ReportSettings?)
        case model(ReportModel?)
        case figures(FigureDeclarations?)
        case register([Organisation], rejectedIDs: Set<String>)
        case records(RecordSet)
        case theme(Theme?)
        case page(FreePage?)
    }

    var value: Value
    var diagnostics: [Diagnostic]

    /// The one file a job reads (`model` is needed from the second phase on).
    static func source(of job: ParseJob, in files: ContentFiles, model: ReportModel?) -> SourceFile? {
        switch job {
        case .report: return files.report
        case .model: return files.model
        case .figures: return files.figures
        case .register: return model.flatMap { files.data[$0.register.path] }
        case .records(let index): return model.flatMap { files.data[$0.recordSets[index].path] }
        case .theme(let index): return files.themes[index]
        case .page(let index): return files.pages[index]
        }
    }

    static func parse(_ job: ParseJob, files: ContentFiles, model: ReportModel?, limits: Limits) -> ParsedFile {
        var diagnostics = Diagnostics()
        let value: Value
        let source = source(of: job, in: files, model: model)
        switch job {
        case .report:
            value = .report(source.flatMap { ReportSettingsParser.parse($0, limits: limits, diagnostics: &diagnostics) })
        case .model:
            value = .model(source.flatMap { ModelParser.parse($0, limits: limits, diagnostics: &diagnostics) })
        case .figures:
            value = .figures(source.flatMap { FigureDeclarationsParser.parse($0, limits: limits, diagnostics: &diagnostics) })
        case .register:
            let register = source.flatMap { file in
                model.map { RegisterParser.parse(file, schema: $0.register, limits: limits, diagnostics: &diagnostics) }
            }
            value = .register(register?.organisations ?? [], rejectedIDs: register?.rejectedIDs ?? [])
        case .records(let index):
            let schema = model!.recordSets[index]
            let records = source.map { RecordSetParser.parse($0, schema: schema, limits: limits, diagnostics: &diagnostics) }
            // An optional set that is missing or broken is not counted (a declared value may stand in); a required
            // one counts what parsed, so one bad entry does not turn every figure from it into a follow-on error.
            let complete = !schema.isOptional || (records != nil && !diagnostics.hasErrors)
            value = .records(RecordSet(schema: schema, records: records ?? [], isComplete: complete))
        case .theme(let index):
            value = .theme(ThemeParser.parse(files.themes[index], listing: model?.listing, limits: limits, diagnostics: &diagnostics))
        case .page(let index):
            value = .page(FreePageParser.parse(files.pages[index], limits: limits, diagnostics: &diagnostics))
        }
        return ParsedFile(value: value, diagnostics: diagnostics.all)
    }
}
