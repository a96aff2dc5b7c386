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
    /// Built only when a template names it, so a page pays nothing for fields its template leaves out.
    case lazy(LazyTemplateValue)

    static func optionalText(_ text: String?) -> TemplateValue {
        text.map { .text($0) } ?? .missing
    }

    static func deferred(_ make: @escaping @Sendable () -> TemplateValue) -> TemplateValue {
        .lazy(LazyTemplateValue(make))
    }

    /// The value itself, with any laziness resolved.
    var forced: TemplateValue {
        if case .lazy(let lazy) = self { return lazy.value.forced }
        return self
    }

    /// Whether a tag may print it (after forcing): text, HTML and flags are values, objects and lists are sections.
    var isPrintable: Bool {
        switch forced {
        case .text, .html, .flag, .missing: return true
        default: return false
        }
    }

    public static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs.forced, rhs.forced) {
        case let (.text(a), .text(b)), let (.html(a), .html(b)): return a == b
        case let (.flag(a), .flag(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        case (.missing, .missing): return true
        default: return false
        }
    }
}

/// A template value computed on first use and kept; a page's values are only used by one thread.
public final class LazyTemplateValue: @unchecked Sendable {
    private let make: @Sendable () -> TemplateValue
    private var cached: TemplateValue?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> TemplateValue) {
        self.make = make
    }

    var value: TemplateValue {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let made = make()
        cached = made
        return made
    }
}
