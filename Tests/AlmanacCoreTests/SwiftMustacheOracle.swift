import Foundation
import Mustache
@testable import AlmanacCore

/// swift-mustache's own renderer over `TemplateValue`s, which Almanac used until it rendered its own compiled
/// templates: the reference `TemplateRendererTests` compares `TemplateRenderer` with.
enum SwiftMustacheOracle {
    /// What swift-mustache renders for `templates["main"]`, or nil when it refuses one of the templates.
    static func render(_ templates: [String: String], _ value: TemplateValue) -> String? {
        var library = MustacheLibrary()
        for (name, text) in templates {
            guard case .success(let template) = MustacheAdapter.compile(SourceFile(path: name, relativePath: name, text: text))
            else { return nil }
            library.register(template, named: name)
        }
        return library.render(mustacheValue(value), withTemplate: "main")
    }

    /// The value as swift-mustache sees it: text as `MustacheText`, objects as `MustacheObject`, missing as null.
    static func mustacheValue(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text), .html(let text): return MustacheText(text: text)
        case .flag(let flag): return flag
        case .list(let items): return items.map(mustacheValue)
        case .object(let fields): return MustacheObject(fields: fields)
        case .missing: return NSNull()
        case .lazy(let lazy): return mustacheValue(lazy.value)
        }
    }

    /// A text that prints itself and has no fields.
    struct MustacheText: MustacheCustomRenderable, MustacheParent {
        let text: String
        var renderText: String { text }
        var isNull: Bool { false }
        func child(named name: String) -> Any? { nil }
    }

    /// An object's fields, converted as they are looked up.
    struct MustacheObject: MustacheParent {
        let fields: [String: TemplateValue]
        func child(named name: String) -> Any? { fields[name].map(SwiftMustacheOracle.mustacheValue) }
    }
}
