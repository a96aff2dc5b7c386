/// One file of the content to parse, so the parse stage can spread files over the cores.
enum ParseJob: Sendable {
    /// First phase: the file that says how to read the others.
    case model
    /// Second phase: every other file, read as the model says.
    case report, figures
    case register, records(Int)
    /// One run of items of a large records file (`RecordSetParser.runs`); a build's own, never cached by a preview.
    case recordsRun(set: Int, YAMLSequenceChunks.Chunk)
    case theme(Int)
    case page(Int)

    /// A rough guess of the job's work, to start the long ones first: bytes of YAML read through Yams nodes cost
    /// about four times those read as plain records (measured on the default report), and Markdown files only
    /// have their front matter read here.
    func cost(in files: ContentFiles, model: ReportModel?) -> Int {
        switch self {
        case .recordsRun(_, let run): return run.text.utf8.count
        case .theme, .page: return 1024
        case .register, .records: return ParsedFile.source(of: self, in: files, model: model)?.text.utf8.count ?? 0
        case .model, .report, .figures: return 4 * (ParsedFile.source(of: self, in: files, model: model)?.text.utf8.count ?? 0)
        }
    }
}

/// What parsing one file gave, with the problems found in it.
struct ParsedFile: Sendable {
    enum Value: Sendable {
        case report(ReportSettings?)
        case model(ReportModel?)
        case figures(FigureDeclarations?)
        case register([Organisation], rejectedIDs: Set<String>)
        case records(RecordSet)
        /// Nil when the run has to be parsed with its whole file.
        case recordsRun(RecordSetParser.Run?)
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
        case .records(let index), .recordsRun(let index, _): return model.flatMap { files.data[$0.recordSets[index].path] }
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
            value = .records(RecordSetParser.set(schema, records: records, diagnostics: diagnostics))
        case .recordsRun(let index, let run):
            value = .recordsRun(source.flatMap { RecordSetParser.parse(run, of: $0, schema: model!.recordSets[index], limits: limits) })
        case .theme(let index):
            value = .theme(ThemeParser.parse(files.themes[index], listing: model?.listing, limits: limits, diagnostics: &diagnostics))
        case .page(let index):
            value = .page(FreePageParser.parse(files.pages[index], limits: limits, diagnostics: &diagnostics))
        }
        return ParsedFile(value: value, diagnostics: diagnostics.all)
    }
}
