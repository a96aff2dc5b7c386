@testable import AlmanacCore
import Foundation
import Testing

/// Inside a list section a name must render safely for every item; the check looks only at the fields the
/// section names, so the other fields of a thousand items are never built.
@Suite struct TemplateListShapeTests {
    static func problems(_ template: String, _ value: TemplateValue) -> [String] {
        let checker = TemplateChecker(sources: ["page": SourceFile(path: "page.mustache", relativePath: "page.mustache", text: template)])
        return checker.check(template: "page", with: value).map(\.message)
    }

    static func item(_ fields: [String: TemplateValue]) -> TemplateValue { .object(fields) }

    @Test func aNameEveryItemHasPassesAndOneSomeLackIsAnError() {
        let items: TemplateValue = .object(["items": .list([Self.item(["a": .text("1"), "b": .text("x")]), Self.item(["a": .text("2")])])])
        #expect(Self.problems("{{#items}}{{a}}{{/items}}", items).isEmpty)
        #expect(Self.problems("{{#items}}{{b}}{{/items}}", items) == ["unknown template variable \"b\""])
    }

    @Test func kindsThatDifferAcrossItemsAreCheckedAsTheirCommonShape() {
        let items: TemplateValue = .object(["items": .list([
            Self.item(["a": .text("1"), "tags": .list([Self.item(["name": .text("t")])])]),
            Self.item(["a": .object(["x": .text("y")]), "tags": .list([Self.item(["name": .text("u")]), Self.item(["label": .text("v")])])]),
        ])])
        // Text in one item and an object in the other: neither printed nor looked into.
        #expect(Self.problems("{{#items}}{{a}}{{/items}}", items) == ["\"a\" is a section, not a value to print"])
        #expect(Self.problems("{{#items}}{{#a}}{{x}}{{/a}}{{/items}}", items) == ["unknown template variable \"x\""])
        #expect(Self.problems("{{#items}}{{#tags}}{{name}}{{/tags}}{{/items}}", items) == ["unknown template variable \"name\""])
    }

    @Test func fieldsTheSectionDoesNotNameAreNeverBuilt() {
        final class Count: @unchecked Sendable { var value = 0 }
        let built = Count()
        let items = (0 ..< 1_000).map { index in
            Self.item(["title": .text("\(index)"), "heavy": .lazy(LazyTemplateValue { built.value += 1; return .text("x") })])
        }
        #expect(Self.problems("{{#items}}{{title}}{{/items}}", .object(["items": .list(items)])).isEmpty)
        #expect(built.value == 0)
        #expect(Self.problems("{{#items}}{{heavy}}{{/items}}", .object(["items": .list(items)])).isEmpty)
        #expect(built.value == 1_000)
    }
}
