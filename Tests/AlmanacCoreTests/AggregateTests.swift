import Testing
@testable import AlmanacCore

/// The aggregate stage on the small fixture, whose figures were worked out by hand.
@Suite struct AggregateTests {
    private func figures() throws -> (FigureTable, [Diagnostic]) {
        var diagnostics = Diagnostics()
        let options = TestSupport.options(content: TestSupport.smallSite.path, output: "/tmp/unused")
        let files = ContentLoader.loadContent(options, diagnostics: &diagnostics)
        let report = try #require(ReportParser.parse(files, limits: options.limits, diagnostics: &diagnostics))
        let table = FigureCalculator.compute(report, diagnostics: &diagnostics)
        return (table, diagnostics.sorted)
    }

    @Test func roundFigures() throws {
        let (table, _) = try figures()
        let expected: [String: Int] = [
            "round.applications": 7, "round.themes": 2, "round.beacons": 3, "round.rural_awards": 1,
            "round.interactions": 5, "round.peer_projects": 1, "round.pct_one_to_one": 25,
            "round.pct_attended_event": 50, "round.events": 2, "round.delegates": 50,
        ]
        for (name, value) in expected {
            #expect(table[name]?.value == value, "\(name)")
        }
    }

    @Test func themeFiguresCountSharedEventsInEachTheme() throws {
        let (table, _) = try figures()
        #expect(table["theme.alpha.pct_attended"]?.value == 50)
        #expect(table["theme.beta.pct_attended"]?.value == 38)  // 3 of 8 = 37.5, rounded half up
        #expect(table["theme.beta.delegates"]?.value == 50)
        #expect(table["theme.beta.authorities_represented"]?.value == 8)
        #expect(table["event.e1.survey.very_good"]?.formatted == "90%")
        #expect(table["event.e2.authorities_represented"]?.value == 5)
    }

    @Test func declaredFigureThatDiffersIsAWarningNamingBoth() throws {
        let (table, diagnostics) = try figures()
        #expect(table["round.beacons"]?.declared == DeclaredValue(value: 4, source: "the cover"))
        let warning = try #require(diagnostics.first { $0.message.hasPrefix("round.beacons") })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("declared as 4 (the cover)"))
        #expect(warning.message.contains("computes to 3"))
        #expect(!diagnostics.contains { $0.message.hasPrefix("round.applications") })
    }

    @Test func percentagesRoundHalfUp() {
        #expect(Percentage.roundedHalfUp(1, of: 8) == 13)   // 12.5
        #expect(Percentage.roundedHalfUp(130, of: 388) == 34)  // 33.505
        #expect(Percentage.roundedHalfUp(0, of: 0) == 0)
    }

    @Test func aListNamingAnIdTwiceIsFoundWhateverItsLength() {
        #expect(!CrossReferenceChecker.repeats([]))
        #expect(!CrossReferenceChecker.repeats(["a1"]))
        #expect(CrossReferenceChecker.repeats(["a1", "a2", "a1"]))
        let long = (1...20).map { "a\($0)" }
        #expect(!CrossReferenceChecker.repeats(long))
        #expect(CrossReferenceChecker.repeats(long + ["a7"]))
        #expect(CrossReferenceChecker.repeats(Array(long.prefix(8)) + ["a8"]))
        #expect(!CrossReferenceChecker.repeats(Array(long.prefix(8))))
    }
}
