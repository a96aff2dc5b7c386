import Testing
@testable import AlmanacCore

/// Almanac's renderer against swift-mustache's on the same templates and values: whitespace of standalone tags,
/// indented partials and blocks, inheritance, lookups down the stack, lists, flags and missing values.
@Suite struct TemplateRendererTests {
    static let value: TemplateValue = .object([
        "title": .text("A & B <c> \"d\" 'e'\u{1}"),
        "html": .html("<b>bold</b> & more"),
        "on": .flag(true), "off": .flag(false),
        "none": .missing,
        "empty": .list([]),
        "names": .list([.text("Ann"), .text("Bob"), .missing]),
        "people": .list([.object(["name": .text("Ann"), "role": .text("chair")]), .object(["name": .text("Bob")]),
                         .object(["name": .text("Cy"), "role": .missing, "title": .text("Dr")])]),
        "nested": .object(["inner": .object(["deep": .text("x\ny")]), "title": .text("inner title"), "off": .missing]),
        "later": .deferred { .text("made late") },
        "multi": .text("line one\nline two\n"),
        "crlf": .text("a\r\nb\r\n"),
        "flags": .list([.flag(true), .flag(false)]),
        "lists": .list([.list([.text("a")]), .list([])]),
    ])

    /// Ours, for the same templates, or nil when our compiler refuses one.
    private func ours(_ templates: [String: String], _ value: TemplateValue = value) -> String? {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in templates {
            guard let template = try? CompiledTemplate(TemplateCharacters(text)) else { return nil }
            compiled[name] = template
        }
        return TemplateRenderer(templates: compiled).render("main", value)
    }

    private func expectSame(_ templates: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = SwiftMustacheOracle.render(templates, Self.value)
        #expect(expected != nil, "swift-mustache refused \(templates)", sourceLocation: sourceLocation)
        #expect(ours(templates) == expected, "\(templates)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "{{title}}|{{{html}}}|{{&title}}|{{ title }}|{{{ html }}}|{{on}}|{{off}}|{{none}}|{{nope}}",
        "{{later}} {{nested.title}} {{nested.inner.deep}} {{nested.nope.deep}} {{.title}} {{nested..title}}",
        "{{#people}}{{name}}: {{role}}, {{title}}; {{/people}}",
        "{{#people}}{{.name}}{{.title}}|{{/people}}{{#nested}}{{title}} {{off}} {{.on}}{{/nested}}",
        "{{#names}}<{{.}}>{{/names}}{{^names}}none{{/names}}{{#empty}}x{{/empty}}{{^empty}}[{{.}}]{{/empty}}",
        "{{#flags}}{{.}}{{/flags}}|{{#lists}}({{#.}}{{.}}{{/.}}){{/lists}}",
        "{{#on}}yes{{/on}}{{^on}}no{{/on}}{{#off}}yes{{/off}}{{^off}}no{{/off}}{{#none}}x{{/none}}{{^none}}y{{/none}}",
        "{{#title}}[{{.}}]{{/title}}{{#html}}{{{.}}}{{/html}}",
        "\n{{#on}}\n  a\n{{/on}}\n",
        "  \n{{#on}}\n  a\n  {{/on}}  \nb",
        "{{#on}}\na\n{{/on}}\n",
        "{{! comment }}\n  {{! standalone }}  \nx {{! inline }} y\n",
        "a\r\n  {{#on}}\r\n  b\r\n  {{/on}}\r\nc",
        "{{multi}}{{crlf}}",
        "é{{title}}é\u{301}{{html}}",
        "{ {{title}} }{{! x }}}",
        "  {{title}}\n\t{{#people}}\n\t\t{{name}}\n\t{{/people}}\n",
    ])
    func singleTemplates(_ main: String) {
        expectSame(["main": main])
    }

    /// Names swift-mustache reads its own way: a name of nothing or of dots is the current value, KELVIN SIGN is `K`
    /// (Characters compare canonically); a `)` without a transform, or a first scalar that joins the `}` of the
    /// pragma put before every template, makes it refuse the template, and so must Almanac's parser.
    @Test func namesAndRefusalsAtTheEdges() {
        expectSame(["main": "{{#names}}[{{}}{{ }}{{..}}]{{/names}}{{#nested}}{{#}}<{{title}}>{{/}}{{/nested}}"])
        expectSame(["main": "{{\u{212A}}}|{{#\u{212A}}}x{{/K}}|{{title}}"])
        for refused in ["{{a)}}", "{{title)}}", "{{#a)}}x{{/a)}}", "\u{301}{{title}}", "\u{200D}x"] {
            #expect(SwiftMustacheOracle.render(["main": refused], Self.value) == nil, "\(refused.debugDescription)")
            #expect(ours(["main": refused]) == nil, "\(refused.debugDescription)")
        }
        #expect(ours(["main": "é{{title}}"]) != nil)
    }

    @Test func partialsAreIndentedAsSwiftMustacheIndentsThem() {
        let part = "<p>\n  {{title}}\n{{multi}}\n  {{#people}}\n  <i>{{name}}</i>\n  {{/people}}\n</p>\n"
        expectSame(["main": "<div>\n  {{> part}}\n</div>\n", "part": part])
        expectSame(["main": "<div>\n  {{> part}} after\n  x{{> part}}\n</div>", "part": part])
        expectSame(["main": "  {{> outer}}\n", "outer": "o\n    {{> part}}\no\n", "part": part])
        expectSame(["main": "{{#people}}\n  {{> card}}\n{{/people}}", "card": "<li>\n  {{name}}\n</li>\n"])
        expectSame(["main": "\t{{>empty}}\n\t{{>empty}}x", "empty": ""])
    }

    @Test func inheritanceMatchesSwiftMustache() {
        let layout = "<html>\n  <title>{{$title}}Default{{/title}}</title>\n  {{$body}}\n  <p>none</p>\n  {{/body}}\n"
            + "  {{> footer}}\n</html>\n"
        let footer = "<footer>\n  {{$foot}}f{{/foot}}\n</footer>\n"
        expectSame(["main": "{{<layout}}\n{{$title}}{{title}}{{/title}}\n{{$body}}\n    <p>{{title}}</p>\n    <q>x</q>\n{{/body}}\n{{/layout}}\n",
                    "layout": layout, "footer": footer])
        expectSame(["main": "{{<layout}}{{/layout}}", "layout": layout, "footer": footer])
        expectSame(["main": "  {{<layout}}\n  {{$foot}}\n      F\n    G\n  {{/foot}}\n  {{/layout}}", "layout": layout, "footer": footer])
        // A nearer parent's override loses to one already in force.
        expectSame(["main": "{{<mid}}{{$title}}outer{{/title}}{{/mid}}",
                    "mid": "{{<layout}}{{$title}}mid{{/title}}{{$body}}b{{/body}}{{/layout}}", "layout": layout, "footer": footer])
        expectSame(["main": "x {{$title}}own{{/title}} {{$title}}\n  inline\n{{/title}}"])
    }

    /// Templates made at random from pieces that stress whitespace and nesting: whenever swift-mustache accepts
    /// them, ours renders the same bytes, and ours refuses what it refuses (about three in five, for example for a
    /// stray `{` just before a tag or at the very end, or a `)` in a name).
    @Test func randomTemplatesRenderAlike() {
        var random = SplitMix64(seed: 14)
        var compared = 0
        for _ in 0..<4_000 {
            let templates = ["main": Self.randomTemplate(&random, depth: 3, partials: true),
                             "part": Self.randomTemplate(&random, depth: 2, partials: false),
                             "lay": "a{{$b}}\n  B\n{{/b}}\n  {{$c}}C{{/c}}\n" + Self.randomTemplate(&random, depth: 1, partials: false)]
            guard let expected = SwiftMustacheOracle.render(templates, Self.value) else {
                // Almanac's parser refuses what swift-mustache refuses, so swift-mustache can word the error.
                #expect(ours(templates) == nil, "\(templates)")
                continue
            }
            compared += 1
            #expect(ours(templates) == expected, "\(templates)")
        }
        #expect(compared > 1_000)
    }

    private static let texts = ["x", " ", "  ", "\n", "\r\n", "\t", "é", "{", "}", "a{b", "\n  ", " \n"]
    private static let variables = ["{{title}}", "{{{html}}}", "{{& title}}", "{{on}}", "{{none}}", "{{nope}}", "{{later}}",
                                    "{{nested.title}}", "{{multi}}", "{{ name }}", "{{.name}}", "{{title)}}"]
    private static let sections = ["on", "off", "none", "people", "nested", "empty", "names", "title"]

    /// `blocks` is false inside an override: an override that expands its own block never ends (and is refused).
    private static func randomTemplate(_ random: inout SplitMix64, depth: Int, partials: Bool, blocks: Bool = true) -> String {
        var text = ""
        for _ in 0..<random.below(6) + 1 {
            switch random.below(depth > 0 ? 9 : 4) {
            case 0, 1: text += texts[random.below(texts.count)]
            case 2: text += variables[random.below(variables.count)]
            case 3: text += ["{{! c }}", "\n{{! c }}\n", "  {{! c }}  \n"][random.below(3)]
            case 4, 5:
                let name = sections[random.below(sections.count)], open = random.below(2) == 0 ? "#" : "^"
                let space = texts[random.below(texts.count)]
                text += "\(space){{\(open)\(name)}}" + randomTemplate(&random, depth: depth - 1, partials: partials, blocks: blocks)
                    + "\(space){{/\(name)}}"
            case 6:
                guard blocks else { continue }
                text += "{{$b}}" + randomTemplate(&random, depth: depth - 1, partials: partials) + "{{/b}}"
            default:
                guard partials else { continue }
                let space = ["", "  ", "\n", "\n  ", "\n\t"][random.below(5)]
                if random.below(2) == 0 {
                    text += "\(space){{> part}}" + texts[random.below(texts.count)]
                } else {
                    let override = randomTemplate(&random, depth: depth - 1, partials: false, blocks: false)
                    text += "\(space){{<lay}}\(space){{$b}}\(override){{/b}}\(space){{/lay}}" + texts[random.below(texts.count)]
                }
            }
        }
        return text
    }
}

/// A small seeded generator, so a failing random template is the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
