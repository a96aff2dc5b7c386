import Foundation

/// A view-model value for templates; knowing text from trusted HTML lets templates be checked before rendering.
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    /// HTML produced by Almanac itself (cmark output, charts); only these may be written unescaped.
    case html(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A value that is absent here but may be present elsewhere: a falsy section, an empty variable.
    case missing

    static func optionalText(_ text: String?) -> TemplateValue {
        text.map { .text($0) } ?? .missing
    }

    /// The plain Swift value swift-mustache renders.
    var mustacheValue: Any {
        switch self {
        case .text(let text), .html(let text): return text
        case .flag(let flag): return flag
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let fields): return fields.mapValues(\.mustacheValue)
        case .missing: return NSNull()
        }
    }
}
