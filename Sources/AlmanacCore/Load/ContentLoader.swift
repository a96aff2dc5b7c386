import Foundation

/// The load stage: reads `content/` and `templates/` from disk into values; nothing else reads them.
public enum ContentLoader {
    /// Reads every file the content format names; problems become diagnostics.
    /// `memo`: a preview's record of the files its last build read, reused where unchanged.
    public static func loadContent(_ options: BuildOptions, memo: ReadMemo? = nil, diagnostics: inout Diagnostics) -> ContentFiles {
        memo?.startLoad()
        let reader = FileSystemReader(root: options.contentDirectory, memo: memo)
        var files = ContentFiles(root: options.contentDirectory)
        guard reader.rootExists else {
            diagnostics.error("content folder \(options.contentDirectory) does not exist", at: nil,
                              hint: "run from the report's folder or pass --content DIR")
            return files
        }
        func read(_ path: String, limit: Int, required: Bool, tooLarge: String? = nil) -> SourceFile? {
            guard reader.exists(path) else {
                if required {
                    diagnostics.error("missing file \(path)", at: .file(reader.displayPath(path)),
                                      hint: "see docs/content-format.md")
                }
                return nil
            }
            switch reader.readText(path, limit: limit, tooLarge: tooLarge ?? SizeHints.yaml(limit)) {
            case .success(let file): return file
            case .failure(let problem): diagnostics.append(problem); return nil
            }
        }
        let limits = options.limits
        for folder in ["themes", "pages", "records"] {
            if let problem = reader.notAFolder(folder) { diagnostics.append(problem) }
        }
        files.report = read("report.yaml", limit: limits.maxYAMLBytes, required: true)
        files.model = read("model.yaml", limit: limits.maxYAMLBytes, required: true)
        files.figures = read("figures.yaml", limit: limits.maxYAMLBytes, required: true)
        files.wording = read("wording.yaml", limit: limits.maxYAMLBytes, required: false)
        // The register and record files are named in model.yaml, which is not parsed yet: read every YAML file
        // beside it and in records/, and let the parse stage say which it does not know.
        let declaredElsewhere: Set<String> = ["report.yaml", "model.yaml", "figures.yaml", "wording.yaml"]
        let top = reader.files(in: "", withExtension: "yaml"), records = reader.files(in: "records", withExtension: "yaml")
        for hidden in top.skipped + records.skipped {
            diagnostics.warning("hidden file skipped: names starting with a dot are never read",
                                at: .file(reader.displayPath(hidden)))
        }
        for path in top.paths + records.paths where !declaredElsewhere.contains(path) {
            if let file = read(path, limit: limits.maxYAMLBytes, required: false) {
                files.data[path] = file
            } else {
                files.unreadable.insert(path)
            }
        }
        // Theme and page files are read and decoded on every core; results keep file-name order.
        let themes = reader.files(in: "themes", withExtension: "md"), pages = reader.files(in: "pages", withExtension: "md")
        for hidden in themes.skipped + pages.skipped {
            diagnostics.warning("hidden file skipped: names starting with a dot are never read or published",
                                at: .file(reader.displayPath(hidden)),
                                hint: "rename it without the leading dot, e.g. \(SizeHints.visibleName(for: hidden)), to publish it")
        }
        let markdownPaths = themes.paths + pages.paths
        let markdown = reader.readTexts(markdownPaths, limit: limits.maxMarkdownBytes, tooLarge: SizeHints.markdown(limits.maxMarkdownBytes))
        for (path, result) in zip(markdownPaths, markdown) {
            switch result {
            case .success(let file) where path.hasPrefix("themes/"): files.themes.append(file)
            case .success(let file): files.pages.append(file)
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        files.images = ContentImages.load(reader, limit: limits.maxAssetBytes, diagnostics: &diagnostics)
        if files.themes.isEmpty && reader.exists("themes") == false {
            diagnostics.error("missing folder themes/", at: .file(reader.displayPath("themes")),
                              hint: "each theme is a Markdown file in content/themes/")
        }
        return files
    }

    /// The editions of a site of several (`content/editions/<slug>/`), sorted; nil when the content folder is one
    /// edition. A folder name that is not a valid slug is an error.
    public static func editionSlugs(_ options: BuildOptions, diagnostics: inout Diagnostics) -> [String]? {
        let reader = FileSystemReader(root: options.contentDirectory)
        let folder = reader.displayPath("editions")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        if reader.exists("report.yaml") {
            diagnostics.error("the content folder has both report.yaml and editions/", at: .file(reader.displayPath("report.yaml")),
                              hint: "a site of several editions keeps each edition's report.yaml in editions/<slug>/")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !FileSystemReader.isHidden($0) }.sorted()
        var slugs: [String] = []
        for name in names {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            if Identifier.isValid(name) && !CrossReferenceChecker.reservedSlugs.contains(name) {
                slugs.append(name)
            } else {
                diagnostics.error("edition folder \"\(name)\" is not a valid slug", at: .file(folder + "/" + name),
                                  hint: "edition folders are named with lower-case letters, digits, - and _, e.g. 2024 or round-9")
            }
        }
        if slugs.isEmpty {
            diagnostics.error("editions/ holds no edition", at: .file(folder), hint: "add one folder per edition, e.g. editions/2024/")
        }
        return slugs
    }

    /// Reads the previous edition's figures.json that report.yaml names (a path inside the content folder).
    public static func loadPrevious(_ path: String, options: BuildOptions, diagnostics: inout Diagnostics) -> SourceFile? {
        let reader = FileSystemReader(root: options.contentDirectory)
        guard reader.exists(path) else {
            diagnostics.error("missing file \(path), named by previous: in report.yaml", at: .file(reader.displayPath(path)))
            return nil
        }
        switch reader.readText(path, limit: options.limits.maxYAMLBytes, tooLarge: SizeHints.yaml(options.limits.maxYAMLBytes)) {
        case .success(let file): return file
        case .failure(let problem): diagnostics.append(problem); return nil
        }
    }

    /// Reads `*.mustache` templates (top level and `partials/`) and the files under `assets/`.
    public static func loadTemplates(_ options: BuildOptions, diagnostics: inout Diagnostics) -> TemplateFiles {
        let reader = FileSystemReader(root: options.templatesDirectory)
        var files = TemplateFiles(root: options.templatesDirectory)
        guard reader.rootExists else {
            diagnostics.error("templates folder \(options.templatesDirectory) does not exist", at: nil,
                              hint: "pass --templates DIR")
            return files
        }
        for folder in ["partials", "assets", "strings"] {
            if let problem = reader.notAFolder(folder) { diagnostics.append(problem) }
        }
        for path in reader.files(in: "", withExtension: "mustache").paths + reader.files(in: "partials", withExtension: "mustache").paths {
            let name = String(path.split(separator: "/").last!.dropLast(".mustache".count))
            switch reader.readText(path, limit: options.limits.maxYAMLBytes, tooLarge: "a template this large is a mistake; split it into partials") {
            case .success(let file):
                if let existing = files.templates[name] {
                    diagnostics.error("template name \"\(name)\" is used twice (also \(existing.path))", at: .file(file.path))
                } else {
                    files.templates[name] = file
                }
            case .failure(let problem):
                diagnostics.append(problem)
            }
        }
        for path in reader.files(in: "strings", withExtension: "yaml").paths {
            switch reader.readText(path, limit: options.limits.maxYAMLBytes) {
            case .success(let file): files.strings[String(path.dropFirst("strings/".count).dropLast(".yaml".count))] = file
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        for path in reader.allFiles(below: "assets") {
            switch reader.readBytes(path, limit: options.limits.maxAssetBytes,
                                    tooLarge: "make the file smaller (assets are copied into every build)") {
            case .success(let bytes):
                files.assets.append(AssetFile(relativePath: String(path.dropFirst("assets/".count)), bytes: bytes))
            case .failure(let problem):
                diagnostics.append(problem)
            }
        }
        return files
    }
}
