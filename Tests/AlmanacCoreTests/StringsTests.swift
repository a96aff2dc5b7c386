import Foundation
import Testing
@testable import AlmanacCore

/// Strings files: plural rules, numbers, dates and lists by language, and the errors translators see.
@Suite struct StringsTests {
    /// Templates with the shipped strings files and `extra` strings files (language → YAML) beside them.
    static func templateFiles(_ extra: [String: String] = [:]) throws -> TemplateFiles {
        var diagnostics = Diagnostics()
        var files = ContentLoader.loadTemplates(TestSupport.options(content: "unused", output: "unused"), diagnostics: &diagnostics)
        for (language, text) in extra {
            files.strings[language] = SourceFile(path: "templates/strings/\(language).yaml", relativePath: "strings/\(language).yaml", text: text)
        }
        #expect(diagnostics.all.isEmpty)
        return files
    }

    static func problems(_ language: String, _ extra: [String: String] = [:], location: AlmanacCore.SourceLocation? = nil) throws -> [String] {
        var diagnostics = Diagnostics()
        _ = ReportStringsParser.parse(try templateFiles(extra), language: language, languageLocation: location,
                                      limits: Limits(), diagnostics: &diagnostics)
        return diagnostics.sorted.map { $0.description.replacingOccurrences(of: TestSupport.templates, with: "templates") }
    }

    @Test func keysAreLowerCaseASCIIPartsJoinedByDots() {
        for key in ["a", "page.title", "a.b_c.d9", "_", "months"] {
            #expect(StringsFile.isValidKey(key), "\(key)")
        }
        for key in ["", ".", "a.", ".a", "a..b", "A", "Page.title", "é", "a-b", "a b", "a.b."] {
            #expect(!StringsFile.isValidKey(key), "\(key)")
        }
    }

    @Test func englishPluralsAreOneAndOther() {
        #expect(PluralRule.en.category(for: 1) == .one)
        #expect([0, 2, 3, 11, 101].map(PluralRule.en.category) == Array(repeating: .other, count: 5))
        let strings = TestSupport.strings()
        // A figure's declared label picks its form by the language's rule.
        let label = PluralText(forms: ["one": "delegate", "other": "delegates"])
        #expect(strings.label(label, count: 1) == "delegate")
        #expect(strings.label(label, count: 2) == "delegates")
        #expect(strings.label(PluralText("of delegates"), count: 1) == "of delegates")
    }

    @Test func welshPluralsHaveSixForms() {
        let expected: [(Int, PluralCategory)] = [(0, .zero), (1, .one), (2, .two), (3, .few), (6, .many), (4, .other),
                                                 (5, .other), (7, .other), (10, .other), (11, .other), (100, .other)]
        for (count, category) in expected { #expect(PluralRule.cy.category(for: count) == category, "\(count)") }
        let welsh = TestSupport.strings("cy")
        #expect(welsh.pluralRule == .cy)
        let label = PluralText(forms: ["zero": "cynrychiolwyr", "one": "cynrychiolydd", "two": "gynrychiolydd",
                                       "few": "chynrychiolydd", "many": "chynrychiolydd", "other": "o gynrychiolwyr"])
        #expect(welsh.label(label, count: 2) == "gynrychiolydd")
        #expect(welsh.label(label, count: 3) == "chynrychiolydd")
        #expect(welsh.label(label, count: 20) == "o gynrychiolwyr")
        #expect(PluralRule.implied(by: "en-GB") == .en && PluralRule.implied(by: "cy-GB") == .cy && PluralRule.implied(by: "fr") == nil)
    }

    @Test func numbersDatesAndListsFollowTheLanguage() throws {
        let english = TestSupport.strings()
        #expect(english.grouped(1_234_567) == "1,234,567" && english.grouped(999) == "999" && english.grouped(-1000) == "-1,000")
        #expect(english.percent(34) == "34%")
        #expect(english.date(try #require(PartialDate("2009-11-24"))) == "24 November 2009")
        #expect(english.date(try #require(PartialDate("2009-09"))) == "September 2009")
        #expect(english.date(try #require(PartialDate("2009"))) == "2009")
        #expect(english.list(["A", "B", "C"]) == "A, B and C")
        #expect(english.count(120, precision: .atLeast) == "over 120" && english.count(1200, precision: .about) == "around 1,200")
        #expect(english.text("page.print.description", ["title": "R"]) == "R: every page in one document")
        let welsh = TestSupport.strings("cy")
        #expect(welsh.date(try #require(PartialDate("2009-11-24"))) == "24 Tachwedd 2009")
        #expect(welsh.list(["A", "B", "C"]) == "A, B a C")
        #expect(welsh.spelled(2) == "dau")
        let spaced = ReportStrings(language: "x", pluralRule: .en, texts: ["number.group": "\u{202F}"],
                                   plurals: [:], months: [], numberWords: [])
        #expect(spaced.grouped(12345) == "12\u{202F}345")
    }

    @Test func everyShippedLanguageHasEveryKey() throws {
        #expect(try Self.problems("en-GB").isEmpty)
        #expect(try Self.problems("cy").isEmpty)
    }

    @Test func anUnknownLanguageIsReportedAtItsValueWithADidYouMean() throws {
        let at = AlmanacCore.SourceLocation(path: "content/report.yaml", line: 3, column: 11)
        let unknown = try Self.problems("cy-GB", location: at)
        #expect(unknown == [
            "content/report.yaml:3:11: error: there is no strings file for language \"cy-GB\" (templates/strings/cy-GB.yaml) (did you mean \"cy\"?)",
        ])
        #expect(ReportSettingsParser.isLanguageTag("en-GB") && ReportSettingsParser.isLanguageTag("qps-ploc"))
        #expect(!ReportSettingsParser.isLanguageTag("english") && !ReportSettingsParser.isLanguageTag("en_GB")
            && !ReportSettingsParser.isLanguageTag("en-") && !ReportSettingsParser.isLanguageTag("e"))
    }

    @Test func aTranslationMissesNothingSilently() throws {
        let english = try String(contentsOfFile: TestSupport.templates + "/strings/en-GB.yaml", encoding: .utf8)
        var lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeAll { $0.hasPrefix("pager.next:") }
        lines = lines.map { $0.hasPrefix("pager.previous:") ? "pager.previus: Previous" : $0 }
        lines = lines.map { $0.hasPrefix("theme.kicker:") ? "theme.kicker: \"Theme {theme.numbr} of {theme.count}\"" : $0 }
        lines.append("plural_rule: en")
        let problems = try Self.problems("xx", ["xx": lines.joined(separator: "\n")])
        #expect(problems == [
            "templates/strings/xx.yaml:1:1: error: strings file has no \"pager.next\" (translate it from en-GB.yaml; no language falls back to another)",
            "templates/strings/xx.yaml:1:1: error: strings file has no \"pager.previous\" (translate it from en-GB.yaml; no language falls back to another)",
            "templates/strings/xx.yaml:\(lines.firstIndex { $0.hasPrefix("pager.previus") }! + 1):1: error: unknown strings key \"pager.previus\" (did you mean \"pager.previous\"?)",
            "templates/strings/xx.yaml:\(lines.firstIndex { $0.hasPrefix("theme.kicker") }! + 1):1: error: \"theme.kicker\" uses {theme.numbr}, which en-GB.yaml does not give it (did you mean \"theme.number\"?)",
        ])
    }

    @Test func pluralsNeedTheirRulesFormsAndALanguageNeedsARule() throws {
        let problems = try Self.problems("qq", ["qq": "number.group: ','\n"])
        #expect(problems.contains("templates/strings/qq.yaml:1:1: error: Almanac knows no plural rule for \"qq\" (add plural_rule: with one of en, cy)"))
        let duplicate = try Self.problems("qq", ["qq": "nav.x: t\nnav.x: v\n"])
        #expect(duplicate == [
            "templates/strings/qq.yaml:1:1: error: duplicate key \"nav.x\" in mapping (each key may appear once)",
        ])
        let welsh = try Self.problems("cy", ["cy": "event.delegates: {one: x, other: y}\nmonths: [a]\nplural_rule: cy\n"])
        #expect(welsh.contains("templates/strings/cy.yaml:1:1: error: plural \"event.delegates\" lacks the forms zero, two, few, many (plural rule cy)"))
        #expect(welsh.contains("templates/strings/cy.yaml:2:1: error: \"months\" must list 12 month names, not 1"))
        let nested = try Self.problems("cy", ["cy": "nav.x: t\nnav:\n  x:\n    y: u\n"])
        #expect(nested.contains("templates/strings/cy.yaml:4:5: error: strings key \"nav.x.y\" is inside \"nav.x\", which is a text (rename one of them: a key cannot be both a text and a group of texts)"))
        // The other way round: a text written after a key inside it; the first key found in the group is named.
        let group = try Self.problems("cy", ["cy": "nav:\n  x:\n    y: u\n    z: w\nnav.x: t\n"])
        #expect(group.contains("templates/strings/cy.yaml:5:1: error: strings key \"nav.x\" is also the group of \"nav.x.y\" (rename one of them: a key cannot be both a text and a group of texts)"))
    }

    @Test func templateStringsFillPlaceholdersFromThePageAndPickPluralsByTheirNumber() {
        let strings = TestSupport.strings()
        func page(themes: String) -> TemplateValue {
            StringsTemplateValue.make(strings, page: ["report": .object(["theme_count": .text(themes)]),
                                                      "theme": .object(["number": .text("3"), "count": .text("12")])])
        }
        func text(_ value: TemplateValue, _ path: String) -> TemplateValue? {
            path.split(separator: ".").reduce(Optional(value)) { value, part in
                guard case .object(let fields)? = value?.forced else { return nil }
                return fields[String(part)]?.forced
            }
        }
        #expect(text(page(themes: "1"), "contents.themes_heading") == .text("The 1 theme"))
        #expect(text(page(themes: "1,000"), "contents.themes_heading") == .text("The 1,000 themes"))
        #expect(text(page(themes: "2"), "theme.kicker") == .text("Theme 3 of 12"))
        // No page value for the placeholder: absent, and the template checker reports the tag.
        #expect(text(page(themes: "2"), "footer.published") == .missing)
        #expect(StringsTemplateValue.keys(of: page(themes: "2")).contains("nav.contents"))
    }
}
