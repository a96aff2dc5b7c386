import Testing
@testable import AlmanacCore

/// RFC 4180 as ```table blocks use it: quotes, commas and line breaks in fields, and where a failure is.
@Suite struct CSVParserTests {
    static func cells(_ text: String) -> [[String]]? {
        guard case .success(let rows) = CSVParser.parse(text) else { return nil }
        return rows.map(\.cells)
    }

    @Test func plainRowsSplitOnCommasAndDropSpacesAroundFields() {
        #expect(Self.cells("Theme, Events\nAlpha , 3\n") == [["Theme", "Events"], ["Alpha", "3"]])
        #expect(Self.cells("a,,c\n") == [["a", "", "c"]])
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        #expect(Self.cells("\"1,346\",\"say \"\"hi\"\"\"\n") == [["1,346", "say \"hi\""]])
        #expect(Self.cells("name,note\nx,\"two\nlines\"\ny,z\n") == [["name", "note"], ["x", "two\nlines"], ["y", "z"]])
        #expect(Self.cells("\"\"\n") == [[""]])
    }

    @Test func rowsKnowTheLineTheyStartOn() throws {
        guard case .success(let rows) = CSVParser.parse("a,b\n\n\"x\ny\",1\nz,2") else { Issue.record("not parsed"); return }
        #expect(rows.map(\.line) == [0, 2, 4])
    }

    @Test func crlfEndsARowAndBlankLinesAreSkipped() {
        #expect(Self.cells("a,b\r\n\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(Self.cells("") == [])
    }

    @Test func raggedRowsAreReturnedForTheTableToReport() {
        #expect(Self.cells("a,b,c\n1,2\n") == [["a", "b", "c"], ["1", "2"]])
    }

    @Test func anUnterminatedQuoteFailsWhereItOpened() {
        let result = CSVParser.parse("a,b\nx,\"open\nmore\n")
        guard case .failure(let failure) = result else { Issue.record("parsed"); return }
        #expect(failure.line == 1)
        #expect(failure.column == 3)
        #expect(failure.message.contains("not closed"))
    }

    @Test func textAfterAClosingQuoteFails() {
        guard case .failure(let failure) = CSVParser.parse("\"a\"b,c\n") else { Issue.record("parsed"); return }
        #expect((failure.line, failure.column) == (0, 4))
    }
}
