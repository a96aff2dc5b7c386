/// `sitemap.xml` and `robots.txt`, written only when report.yaml gives `site_url`: both need absolute addresses,
/// which a site whose links are all relative cannot know by itself.
enum SiteMap {
    /// The two files for the site's `files`, every HTML page but the 404 page listed, sorted by address.
    /// `<lastmod>` is written only when the build has a date (`SOURCE_DATE_EPOCH`), so builds stay byte-identical.
    static func files(siteURL: String, pages files: [RenderedFile], buildDate: PartialDate?) -> [RenderedFile] {
        let paths = files.map(\.path).filter { $0.hasSuffix(".html") && $0 != NotFoundPage.address }.sorted()
        let lastmod = buildDate.map(Self.isoDate).map { "<lastmod>\($0)</lastmod>" } ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "  <url><loc>\(escaped(siteURL + percentEncoded(path)))</loc>\(lastmod)</url>\n"
        }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\nSitemap: \(siteURL)sitemap.xml\n"
        return [RenderedFile(path: "sitemap.xml", text: xml), RenderedFile(path: "robots.txt", text: robots)]
    }

    /// `YYYY-MM-DD` (W3C date), or `YYYY-MM` / `YYYY` for a partial date.
    static func isoDate(_ date: PartialDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var text = String(date.year)
        if let month = date.month {
            text += "-" + two(month)
            if let day = date.day { text += "-" + two(day) }
        }
        return text
    }

    /// XML text: `&`, `<`, `>`, `"` and `'` as entities.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A page path as a URL path: bytes outside the unreserved set and `/` are percent-encoded (slugs are plain
    /// already; this keeps the sitemap valid whatever a file is called).
    static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
