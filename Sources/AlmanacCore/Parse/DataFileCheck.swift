/// Matches the YAML files found beside `model.yaml` and in `records/` with the files the model names:
/// a declared file that is missing, or a file nobody declared, is reported rather than silently ignored.
enum DataFileCheck {
    static func check(_ files: ContentFiles, model: ReportModel, diagnostics: inout Diagnostics) {
        let modelPath = files.model?.path ?? files.root + "/model.yaml"
        if files.data[model.register.path] == nil && !files.unreadable.contains(model.register.path) {
            diagnostics.error("missing file \(model.register.path)", at: .file(files.root + "/" + model.register.path),
                              hint: "model.yaml names it as the register; see docs/content-format.md")
        }
        for set in model.recordSets where files.data[set.path] == nil && !files.unreadable.contains(set.path) && !set.isOptional {
            diagnostics.error("missing file \(set.path)", at: .file(files.root + "/" + set.path),
                              hint: "model.yaml declares the record set \"\(set.name)\" there; add the file or mark the set optional: true")
        }
        let named = Set([model.register.path] + model.recordSets.map(\.path))
        for path in files.data.keys.sorted() where !named.contains(path) {
            diagnostics.error("\(path) is not declared in model.yaml, so it would not be read", at: .file(files.data[path]!.path),
                              hint: "declare it under records: in \(modelPath), or remove it")
        }
    }
}
