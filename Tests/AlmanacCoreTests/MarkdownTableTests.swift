import Testing
@testable import AlmanacCore

/// ```table blocks: an accessible table with caption, header scopes, right-aligned numbers and escaped cells.
@Suite struct MarkdownTableTests {
    let quote: MarkdownRenderer.QuoteRenderer = { body, name in "<figure>\(body)<figcaption>\(name)</figcaption></figure>\n" }

    @Test func aTableBlockBecomesACaptionedTableInAScrollingRegion() {
        let markdown = "Intro.\n\n```table\ncaption: Events by theme\nTheme,Events,Share\nAlpha,\"1,346\",50%\nBeta,over 12,around 7%\n```\n"
        let output = MarkdownRenderer.render(markdown, quote: quote)
        #expect(output.problems.isEmpty)
        #expect(output.warnings.isEmpty)
        #expect(output.html == """
            <p>Intro.</p>
            <div class="table-wrap" role="region" aria-labelledby="table-1" tabindex="0">
            <table class="data-table">
            <caption id="table-1">Events by theme</caption>
            <thead>
            <tr><th scope="col">Theme</th><th scope="col" class="num">Events</th><th scope="col" class="num">Share</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">Alpha</th><td class="num">1,346</td><td class="num">50%</td></tr>
            <tr><th scope="row">Beta</th><td class="num">over 12</td><td class="num">around 7%</td></tr>
            </tbody>
            </table>
            </div>

            """)
    }

    @Test func aColumnWithOneWordIsNotNumeric() {
        let html = MarkdownRenderer.render("```table\ncaption: C\nA,B\nx,1\ny,none\n```\n", quote: quote).html
        #expect(!html.contains("class=\"num\""))
    }

    @Test func numbersAreDigitsWithGroupingCommasAndAnOptionalPercent() {
        for text in ["0", "12", "1,346", "12,000,000", "7.5", "50%", "over 1,000", "around 40%", "3†"] {
            #expect(DataTable.isNumber(text), "\(text)")
        }
        for text in ["", "n/a", "1,34", "12,", ",12", "1.", "about 3", "-", "1 346"] {
            #expect(!DataTable.isNumber(text), "\(text)")
        }
    }

    @Test func cellsAreEscapedAndRawHTMLStaysText() {
        let html = MarkdownRenderer.render("```table\ncaption: <b>x</b>\nName,Note\n<script>alert(1)</script>,\"a & \"\"b\"\"\"\n```\n", quote: quote).html
        #expect(!html.contains("<script"))
        #expect(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"))
        #expect(html.contains("<td>a &amp; &quot;b&quot;</td>"))
        #expect(html.contains("<caption id=\"table-1\">&lt;b&gt;x&lt;/b&gt;</caption>"))
    }

    @Test func eachTableOfAPageHasItsOwnID() {
        let tables = MarkdownRenderer.Tables(tableID: { "table-page-\($0)" })
        let html = MarkdownRenderer.render("```table\ncaption: A\nx,y\n1,2\n```\n\n```table\ncaption: B\nx,y\n1,2\n```\n",
                                           quote: quote, tables: tables).html
        #expect(html.contains("aria-labelledby=\"table-page-1\""))
        #expect(html.contains("<caption id=\"table-page-2\">B</caption>"))
    }

    @Test func tableBodyLinesAreFoundByCmarkWithinTheBracketCap() {
        #expect(MarkdownRenderer.tableBodyLines(in: "Text\n\n```table\ncaption: C\nA,B\n```\n\n```\nx\n```\n") == [4, 5])
        #expect(MarkdownRenderer.tableBodyLines(in: "A table, in words.\n").isEmpty)
        let brackets = String(repeating: "[", count: MarkdownRenderer.maxBrackets + 1)
        #expect(MarkdownRenderer.tableBodyLines(in: "```table\nA\n```\n" + brackets).isEmpty)
    }

    @Test func otherCodeBlocksRenderAsBefore() {
        #expect(MarkdownRenderer.render("```csv\na,b\n```\n", quote: quote).html == "<pre><code class=\"language-csv\">a,b\n</code></pre>\n")
    }

    @Test func aTableWithoutCaptionIsAWarningAtItsFirstLine() {
        let output = MarkdownRenderer.render("Text.\n\n```table\nA,B\nx,1\n```\n", quote: quote)
        #expect(output.warnings.map(\.line) == [4])
        #expect(output.warnings.first?.message.contains("caption") == true)
        #expect(output.html.contains("<div class=\"table-wrap\">\n<table class=\"data-table\">\n<thead>"))
    }

    @Test func raggedRowsAreErrorsAtTheirLine() {
        let output = MarkdownRenderer.render("```table\ncaption: C\nA,B,C\n1,2,3\n1,2\n4,5,6,7\n```\n", quote: quote)
        #expect(output.problems.map(\.line) == [5, 6])
        #expect(output.problems.map(\.column) == [1, 1])
        #expect(output.problems.first?.message == "table row has 2 cells but the header has 3: quote a cell that holds a comma")
        #expect(output.html.isEmpty)
    }

    @Test func anUnterminatedQuoteIsAnErrorWhereItOpens() {
        let output = MarkdownRenderer.render("   ```table\n   caption: C\n   A,B\n   x,\"open\n   ```\n", quote: quote)
        #expect(output.problems.count == 1)
        #expect(output.problems.first?.line == 4)
        #expect(output.problems.first?.column == 6)
    }

    @Test func anEmptyTableIsAnError() {
        #expect(MarkdownRenderer.render("```table\ncaption: Nothing\n```\n", quote: quote).problems.first?.message.contains("empty") == true)
        #expect(MarkdownRenderer.render("```table\ncaption: C\nA,B\n```\n", quote: quote).problems.count == 1)
    }

    @Test func aFigureHoldingACommaStaysInItsCell() {
        var figures = FigureTable()
        figures.add(Figure(name: "round.delegates", value: 1346, unit: .count, rule: "r", source: "s"))
        var markdown = PageMarkdown(figures: figures, strings: TestSupport.strings(), quote: quote)
        let source = MarkdownSource(text: "```table\ncaption: {{round.delegates}} delegates\nEvent,Delegates\nAll,{{round.delegates}}\n```\n\nIn all {{round.delegates}}.\n",
                                    path: "/site/content/pages/introduction.md", firstLine: 6)
        let html = markdown.html(source, themeSlug: nil)
        #expect(markdown.diagnostics.all.isEmpty, "\(markdown.diagnostics.all)")
        #expect(html.contains("<caption id=\"table-pages-introduction-1\">1,346 delegates</caption>"))
        #expect(html.contains("<tr><th scope=\"row\">All</th><td class=\"num\">1,346</td></tr>"))
        #expect(html.contains("<p>In all 1,346.</p>"))
    }

    @Test func anUnknownFigureInACellIsReportedOnceWhereItStands() {
        var markdown = PageMarkdown(figures: FigureTable(), strings: TestSupport.strings(), quote: quote)
        let source = MarkdownSource(text: "```table\ncaption: C\nA,B\nx, {{round.nope}}\n```\n", path: "p.md", firstLine: 10)
        _ = markdown.html(source, themeSlug: nil)
        #expect(markdown.diagnostics.all.count == 1)
        #expect(markdown.diagnostics.all.first?.description.hasPrefix("p.md:13:4: error: unknown figure \"round.nope\"") == true)
    }
}
