import Mustache

/// swift-mustache's parser, for a template Almanac's own (`TemplateParser`) refuses: it words and places the error.
/// Templates are compiled with a content-type pragma put in front (so a swift-mustache render, which tests compare
/// Almanac's with, escapes through `HTMLEscaping`), parse errors are moved back to the user's line and column, and
/// swift-mustache's error cases are worded for template authors.
enum MustacheAdapter {
    /// Put before every template; it adds nothing to the output.
    private static let contentTypePrefix = "{{% CONTENT_TYPE: \(HTMLEscaping.MustacheHTML.name) }}"

    /// A template compiled for HTML, or a located syntax error in `file`.
    static func compile(_ file: SourceFile) -> Result<MustacheTemplate, Diagnostic> {
        // swift-mustache keeps content types in its own registry; registering the same one again is harmless.
        MustacheContentTypes.register(HTMLEscaping.MustacheHTML(), named: HTMLEscaping.MustacheHTML.name)
        do {
            return .success(try MustacheTemplate(string: contentTypePrefix + file.text))
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = error.context.columnNumber - (line == 1 ? contentTypePrefix.count : 0)
            return .failure(.error("template syntax error: \(describe(error.error))",
                                   at: SourceLocation(path: file.path, line: line, column: max(1, column))))
        } catch {
            return .failure(.error("template syntax error: \(error)", at: .file(file.path)))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is never closed"
        default: return "\(error)"
        }
    }
}
