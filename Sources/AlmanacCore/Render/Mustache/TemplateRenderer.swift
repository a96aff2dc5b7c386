/// Renders compiled templates against `TemplateValue`s into bytes, with swift-mustache's rules: names are looked up
/// down the context stack, lists repeat their section, flags show or hide it, partials and blocks indent every line
/// they write after the first, and a parent's block overrides win over those of a nearer parent.
/// `TemplateRendererTests` compares it with swift-mustache's own renderer.
struct TemplateRenderer: Sendable {
    let templates: [String: CompiledTemplate]

    /// The page `name` renders for `value`; nil for a template that does not exist, or when the render passes
    /// `steps` tags and section passes or `bytes` written plus steps, where it stops.
    func render(_ name: String, _ value: TemplateValue, steps: Int = .max, bytes: Int = .max) -> String? {
        renderBytes(name, value, steps: steps, bytes: bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for a page that goes to the disk as it is (decoding it into a String validated every
    /// byte of every page: 13.6 M instructions of the default report with the encoding back).
    func renderBytes(_ name: String, _ value: TemplateValue, steps: Int = .max, bytes: Int = .max) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var run = Run(templates: templates, stack: [value.forced], stepLimit: steps, byteLimit: bytes)
        run.render(template.nodes, indentation: nil, inherited: nil)
        // Limits are checked as each node starts; the last node's bytes are counted here.
        guard !run.stopped, !run.isPastLimits else { return nil }
        return run.out
    }

    /// One render: the bytes so far and the context stack of values sections opened.
    private struct Run {
        let templates: [String: CompiledTemplate]
        var stack: [TemplateValue]
        var out: [UInt8] = []
        /// Tags and section passes rendered so far, and where the render stops.
        var steps = 0
        let stepLimit: Int, byteLimit: Int
        private(set) var stopped = false

        init(templates: [String: CompiledTemplate], stack: [TemplateValue], stepLimit: Int, byteLimit: Int) {
            self.templates = templates
            self.stack = stack
            self.stepLimit = stepLimit
            self.byteLimit = byteLimit
            out.reserveCapacity(16 << 10)
        }

        /// Whether the steps, or the bytes written with them, are past their limits.
        var isPastLimits: Bool { steps > stepLimit || out.count > byteLimit - steps }

        /// Counts one step; false (and stopped for good) once the render has passed a limit.
        private mutating func step() -> Bool {
            steps += 1
            if isPastLimits { stopped = true }
            return !stopped
        }

        /// A run of nodes, as swift-mustache renders one template: with an indentation, a node that writes
        /// something right after a line break this run wrote gets the indentation first.
        mutating func render(_ nodes: [CompiledTemplate.Node], indentation: [UInt8]?, inherited: [String: [CompiledTemplate.Node]]?) {
            guard let indentation, !indentation.isEmpty else {
                for node in nodes where !stopped { render(node, indentation: indentation, inherited: inherited) }
                return
            }
            let start = out.count
            for node in nodes where !stopped {
                // swift-mustache compares the last Character with "\n", so "\r\n" does not count.
                let afterLineBreak = out.count > start && out[out.count - 1] == 0x0A
                    && !(out.count - 1 > start && out[out.count - 2] == 0x0D)
                guard afterLineBreak else {
                    render(node, indentation: indentation, inherited: inherited)
                    continue
                }
                out.append(contentsOf: indentation)
                let before = out.count
                render(node, indentation: indentation, inherited: inherited)
                if out.count == before { out.removeLast(indentation.count) }
            }
        }

        private mutating func render(_ node: CompiledTemplate.Node, indentation: [UInt8]?,
                                     inherited: [String: [CompiledTemplate.Node]]?) {
            guard step() else { return }
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { return }
                print(value, escaped: escaped)
            case .section(let name, let body):
                switch lookUp(name) {
                case .list(let items)?:
                    for item in items {
                        guard step() else { break }
                        stack.append(item.forced)
                        render(body, indentation: indentation, inherited: inherited)
                        stack.removeLast()
                    }
                case .flag(let shown)?:
                    if shown { render(body, indentation: indentation, inherited: inherited) }
                case let value?:
                    stack.append(value)
                    render(body, indentation: indentation, inherited: inherited)
                    stack.removeLast()
                case nil:
                    break
                }
            case .invertedSection(let name, let body):
                switch lookUp(name) {
                case .list(let items)? where items.isEmpty:
                    // swift-mustache puts the empty list on the stack.
                    stack.append(.list([]))
                    render(body, indentation: indentation, inherited: inherited)
                    stack.removeLast()
                case .flag(false)?, nil:
                    render(body, indentation: indentation, inherited: inherited)
                default:
                    break
                }
            case .partial(let name, let indented, let overrides):
                guard let template = templates[name] else { return }
                let deeper = indented.map { (indentation ?? []) + $0 } ?? indentation
                // Overrides already in force win over the partial's own.
                let blocks = overrides.map { own in inherited?.merging(own) { outer, _ in outer } ?? own } ?? inherited
                render(template.nodes, indentation: deeper, inherited: blocks)
            case .block(let name, let defaultBody, let indented):
                render(inherited?[name] ?? defaultBody, indentation: (indentation ?? []) + indented, inherited: inherited)
            case .blockDefinition:
                // Collected into its parent's overrides when compiled; never in a run that renders.
                break
            }
        }

        /// The value a name stands for, nil when nothing in the stack has it or it is `missing`. As in
        /// swift-mustache, the first value down the stack that has the name's first part decides, even if the rest
        /// of the name is not found in it.
        private func lookUp(_ name: CompiledTemplate.Name) -> TemplateValue? {
            let found: TemplateValue?
            switch name {
            case .current:
                found = stack.last
            case .inCurrent(let parts):
                found = Self.child(parts[...], of: stack[stack.count - 1])
            case .inStack(let parts):
                found = stack.reversed().lazy.compactMap { Self.field(parts[0], of: $0) }.first
                    .flatMap { Self.child(parts.dropFirst(), of: $0) }
            }
            if case .missing? = found { return nil }
            return found
        }

        private static func child(_ parts: ArraySlice<String>, of value: TemplateValue) -> TemplateValue? {
            var value = value
            for part in parts {
                guard let next = field(part, of: value) else { return nil }
                value = next
            }
            return value
        }

        /// A field of an object, forced; present even when it is `missing`.
        private static func field(_ name: String, of value: TemplateValue) -> TemplateValue? {
            guard case .object(let fields) = value, let field = fields[name] else { return nil }
            return field.forced
        }

        private mutating func print(_ value: TemplateValue, escaped: Bool) {
            switch value {
            case .text(let text), .html(let text):
                if escaped { HTMLEscaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
            case .flag(let flag):
                out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list(let items) where items.isEmpty:
                // What swift-mustache prints for the empty list an inverted section puts on the stack.
                out.append(contentsOf: "[]".utf8)
            default:
                // Objects and lists are never printed: TemplateChecker refuses such tags.
                break
            }
        }
    }
}
