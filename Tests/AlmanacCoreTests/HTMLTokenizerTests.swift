import Testing
@testable import AlmanacCore

/// The link check and the print edition must read a page's links as a browser does: these pin down the tokenizer.
@Suite struct HTMLTokenizerTests {
    /// `href` and `src` values of `html`, in order.
    static func links(_ html: String) -> [String] { HTMLScanner(html: html).links }

    @Test(arguments: [
        ("<!-- <a href=\"commented.html\">x</a> --><a href=\"after.html\">", ["after.html"]),
        ("<!--><a href=\"a.html\">", ["a.html"]),
        ("<!---><a href=\"b.html\">", ["b.html"]),
        ("<!----><a href=\"c.html\">", ["c.html"]),
        ("<!-- -- > <a href=\"no.html\"> - -> --!><a href=\"d.html\">", ["d.html"]),
        ("<!---!> <a href=\"no.html\"> --><a href=\"e.html\">", ["e.html"]),
        ("<!-- never closed <a href=\"no.html\">", []),
        ("<!DOCTYPE html><?xml version=\"1.0\"?><![CDATA[ x ]]><a href=\"f.html\">", ["f.html"]),
        ("<!doctype html><!-- a --><!-- <!-- nested? --><a href=\"g.html\">", ["g.html"]),
    ])
    func commentsAndDeclarationsHideLinks(_ html: String, _ expected: [String]) {
        #expect(Self.links(html) == expected)
    }

    @Test func attributeValuesInEveryQuoteStyle() {
        #expect(Self.links("<a href=\"double.html\"><a href='single.html'><a href=bare.html>") == ["double.html", "single.html", "bare.html"])
        #expect(Self.links("<a href=\"it's.html\"><a href='say \"hi\".html'>") == ["it's.html", "say \"hi\".html"])
        #expect(Self.links("<a title=\"a > b\" href = 'x.html' >") == ["x.html"])
        #expect(Self.links("<a title='<a href=\"no.html\">' href=y.html>") == ["y.html"])
        #expect(Self.links("<a class=x href=u.html/><a href=v.html id=w>") == ["u.html/", "v.html"])
        #expect(Self.links("<a href=\"q.html\"class=x><a/href=\"slash.html\"><img src=i.png alt=''>") == ["q.html", "slash.html", "i.png"])
    }

    @Test func namesAreReadInAnyCase() {
        let scanner = HTMLScanner(html: "<A HREF=\"Upper.html\" ID=\"Top\"><IMG Src='pic.png'><DIV iD=second>")
        #expect(scanner.links == ["Upper.html", "pic.png"])
        #expect(TestSupport.idsInOrder("<A HREF=\"Upper.html\" ID=\"Top\"><IMG Src='pic.png'><DIV iD=second>") == ["Top", "second"])
    }

    @Test func onlyTheFirstOfARepeatedAttributeCountsAndAnUnfinishedTagNone() {
        #expect(Self.links("<a href=first.html href=second.html>") == ["first.html"])
        #expect(Self.links("<a href=\"x.html\" data-href=\"y.html\" hreflang=en>") == ["x.html"])
        #expect(Self.links("<a href=\"cut.html\"") == [])
        #expect(Self.links("<a href=\"cut.html") == [])
        #expect(Self.links("</a href=\"end-tag.html\"><a href=\"z.html\">") == ["z.html"])
        #expect(Self.links("a < b, 1<2, <3 and < a href=no.html> <a href=yes.html>") == ["yes.html"])
    }

    @Test(arguments: [
        ("&amp;", "&"), ("&lt;&gt;", "<>"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&#x27;", "'"),
        ("&#X27;", "'"), ("&#39", "'"), ("a&#x2F;b", "a/b"), ("&nbsp;", "\u{A0}"), ("?a=1&amp;b=2", "?a=1&b=2"),
        ("&amp", "&"), ("&amp b", "& b"), ("?x&ampy", "?x&ampy"), ("?x&amp=1", "?x&amp=1"), ("&apos", "&apos"),
        ("&copy;", "&copy;"), ("&#;", "&#;"), ("&#x;", "&#x;"), ("&", "&"), ("&#0;", "\u{FFFD}"),
        ("&#x110000;", "\u{FFFD}"), ("&#99999999999;", "\u{FFFD}"), ("&#xD800;", "\u{FFFD}"), ("&#128;", "€"),
        ("&#x92;", "\u{2019}"), ("&#x81;", "\u{81}"), ("&#233;t&#xE9;", "été"), ("&amp;#x27;", "&#x27;"),
    ])
    func characterReferencesAreDecoded(_ written: String, _ read: String) {
        #expect(Self.links("<a href=\"\(written)\">") == [read])
        #expect(Self.links("<a href='\(written)'>") == [read])
    }

    @Test func rawTextElementsHoldNoTags() {
        let html = """
            <script>if (a<b) document.write('<a href="s.html">')</script><a href="after-script.html">
            <SCRIPT type="module">x = "</scripts><a href='no.html'>"</Script ><style>a[href="x"]::after { content: "<a href=n>" }</style>
            <title>A <a href="t.html"> title</title><textarea><img src="no.png"></textarea><xmp><a href=no></xmp>
            <script src="app.js"></script><a href="end.html">
            """
        #expect(Self.links(html) == ["after-script.html", "app.js", "end.html"])
        #expect(Self.links("<script><a href=never-closed.html>") == [])
        #expect(Self.links("<plaintext><a href=text.html></plaintext><a href=still-text.html>") == [])
    }

    @Test func svgAndMathKeepTheirOwnElements() {
        // Inside SVG `<style>` and `<title>` are ordinary elements and CDATA sections are text.
        let html = "<svg><title>T</title><style>.a{}</style><a href=\"#in-svg\"/><![CDATA[<a href=\"cdata.html\">]]></svg>"
            + "<style><a href=\"no.html\"></style><a href=\"after.html\">"
        #expect(Self.links(html) == ["#in-svg", "after.html"])
        #expect(Self.links("<svg/><style><a href=\"no.html\"></style>") == [])
    }

    /// Cut anywhere, a page yields a prefix of its links: the tokenizer never reads past the end (bounds are checked in
    /// debug builds) and only a finished tag counts.
    @Test func everyTruncationYieldsAPrefixOfTheLinks() {
        let html = "<!DOCTYPE html><!--><!---><!-- x --!><a href=\"a&amp;b&#x27;c\" id='i'><img src=s.png/>"
            + "<script>'</script ><style></style/><svg><![CDATA[]]></svg><A HREF = 'z' ><p =x href=last.html>&#"
        let full = Self.links(html)
        #expect(full == ["a&b'c", "s.png/", "z", "last.html"])
        let bytes = Array(html.utf8)
        for length in 0...bytes.count {
            let links = HTMLScanner(bytes: Array(bytes[..<length])).links
            #expect(Array(full.prefix(links.count)) == links, "cut at \(length)")
        }
    }

    @Test func attributeRangesCoverNameAndValueAsWritten() {
        let html = "<a class=x href='a&amp;b.html' id=top><p id=><p ID>"
        var found: [(HTMLTokenizer.Attribute.Name, String, String)] = []
        var bytes = Array(html.utf8)
        _ = bytes.withUnsafeMutableBufferPointer { buffer in
            HTMLTokenizer.forEachAttribute(in: UnsafeBufferPointer(buffer)) { attribute in
                found.append((attribute.name, attribute.value, String(decoding: buffer[attribute.range], as: UTF8.self)))
            }
        }
        #expect(found.map(\.0) == [.href, .id, .id, .id])
        #expect(found.map(\.1) == ["a&b.html", "top", "", ""])
        #expect(found.map(\.2) == ["href='a&amp;b.html'", "id=top", "id=", "ID"])
    }

    /// A piece that ends in text reads the same on its own as inside a longer page; one that ends inside anything is
    /// refused, since what follows it would be read differently.
    @Test(arguments: [
        ("<p><a href=\"a.html\">x</a></p>", true),
        ("<p id=\"x\">text & more < 3", true),
        ("text <", false),
        ("text </", false),
        ("<a href=\"a.html\"", false),
        ("<a href=\"a.html", false),
        ("</a", false),
        ("<!", false),
        ("<!-- open", false),
        ("<!-- closed -->", true),
        ("<script>var a;", false),
        ("<script>var a;</script>", true),
        ("<svg><title>t</title>", false),
        ("<svg><title>t</title></svg>", true),
        ("<plaintext>", false),
        ("<?php", false),
        ("<!doctype html", false),
    ])
    func aFragmentIsReadOnItsOwnOnlyWhenItEndsInText(_ html: String, _ endsInText: Bool) {
        #expect((HTMLScanner.fragment(html) != nil) == endsInText)
    }

    @Test func piecesThatEndInTextJoinToTheWholePagesScan() {
        let page = "<h1 id=\"top\">T</h1><!-- <a href=\"no.html\"> --><p><a href=\"#top\">up</a> &amp; <a href='b.html?x=1&amp;y'>b</a></p>"
            + "<script>var s = '<a href=\"no.html\">';</script><svg><title id=\"t\">x</title><a href=\"#t\"/></svg><img src=i.png id=last>"
        let bytes = Array(page.utf8)
        let whole = HTMLScanner(html: page)
        // Every way of cutting the page in two or three: where both pieces end in text, the joined scan is the page's.
        var joined = 0
        for first in 0 ... bytes.count {
            for second in first ... bytes.count where second == first || second % 7 == 0 {
                let pieces = [bytes[..<first], bytes[first ..< second], bytes[second...]].map { String(decoding: $0, as: UTF8.self) }
                let scans = pieces.compactMap(HTMLScanner.fragment)
                guard scans.count == 3 else { continue }
                let scan = HTMLScanner(joining: scans)
                #expect(scan.links == whole.links && scan.ids == whole.ids, "\(pieces)")
                joined += 1
            }
        }
        #expect(joined > 50)
    }
}
