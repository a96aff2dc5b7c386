@testable import AlmanacCore
import Testing

/// Dates in records are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, digits only, and must exist.
@Suite struct PartialDateTests {
    @Test func readsTheThreeForms() throws {
        let day = try #require(PartialDate("2008-02-29"))
        #expect((day.year, day.month, day.day) == (2008, 2, 29))
        let month = try #require(PartialDate("2009-12"))
        #expect((month.year, month.month, month.day) == (2009, 12, nil))
        let year = try #require(PartialDate("0999"))
        #expect((year.year, year.month, year.day) == (999, nil, nil))
    }

    @Test(arguments: ["", "209", "20090", "+200", "2009-+1", "2009-1", "2009-13", "2009-00", "2009-02-29", "2009-04-31",
                      "2009-12-1", "2009-12-01-01", "2009--01", "2009-12-", "２００９", "2009-1٢", " 2009"])
    func refuses(_ text: String) {
        #expect(PartialDate(text) == nil, "\(text)")
    }
}
