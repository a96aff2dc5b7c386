/// Checks that every internal link and `#anchor` in the generated pages resolves, naming the Markdown
/// source of a bad link when it came from an author's text.
public enum LinkChecker {
    public static func check(_ files: [RenderedFile], report: ParsedReport, diagnostics: inout Diagnostics) {
        let html = files.filter { $0.path.hasSuffix(".html") }
        let scanned = Parallel.map(html) { HTMLScanner(bytes: $0.bytes) }
        let pages = Dictionary(zip(html.map(\.path), scanned), uniquingKeysWith: { first, _ in first })
        let paths = Set(files.map(\.path))
        let bodies = markdownBodies(report)
        // Template links repeat on every page: a link's verdict depends only on the page's folder, unless it
        // points into the page itself.
        var verdicts: [String: String?] = [:]
        // Where each author's link first appears, by page: worked out once per page that has a broken link.
        var placesByPage: [String: [String: SourceLocation]] = [:]
        for path in pages.keys.sorted() {
            guard let page = pages[path] else { continue }
            let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
            var reported: Set<String> = []
            for url in page.links {
                let key = url.first == "#" || url.first == "?" || url.isEmpty ? nil : folder + "\u{0}" + url
                let verdict: String?
                if let key, let known = verdicts[key] {
                    verdict = known
                } else {
                    verdict = problem(with: url, on: path, paths: paths, pages: pages)
                    if let key { verdicts[key] = verdict }
                }
                guard let problem = verdict, reported.insert(url).inserted else { continue }
                // Re-reading the author's Markdown is only needed to place a link that is broken.
                if placesByPage[path] == nil, let body = bodies[path] { placesByPage[path] = MarkdownLinks(body).firstPlaces }
                if let place = placesByPage[path]?[url] {
                    diagnostics.error("broken link \"\(url)\": \(problem)", at: place)
                } else {
                    diagnostics.error("broken link \"\(url)\" in generated page \(path): \(problem)", at: nil,
                                      hint: "the link comes from a template")
                }
            }
        }
    }

    /// Why an internal link does not resolve, or nil when it does (external links are not checked).
    static func problem(with url: String, on page: String, paths: Set<String>, pages: [String: HTMLScanner]) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("mailto:")
            || lowered.hasPrefix("tel:") || lowered.hasPrefix("//") || lowered.hasPrefix("data:") { return nil }
        if lowered.contains(":") && !lowered.contains("/") && !lowered.hasPrefix("#") && !lowered.hasPrefix(".") {
            return "unsupported link scheme"
        }
        let withoutQuery = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = withoutQuery.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target: String
        if parts[0].isEmpty {
            target = page
        } else {
            guard let resolved = resolve(String(parts[0]), from: page) else { return "it leads outside the site" }
            target = paths.contains(resolved) ? resolved : (paths.contains(resolved + "/index.html") ? resolved + "/index.html" : resolved)
            guard paths.contains(target) else { return "no generated file \(resolved)" }
        }
        if parts.count == 2, !parts[1].isEmpty {
            guard let scanner = pages[target] else { return "anchor on a file that is not a page" }
            if !scanner.ids.contains(String(parts[1])) { return "no element with id \"\(parts[1])\" in \(target)" }
        }
        return nil
    }

    /// Joins a relative path to the page's folder; nil when `..` climbs out of the site.
    static func resolve(_ relative: String, from page: String) -> String? {
        var components = relative.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if components.popLast() == nil { return nil }
            default: components.append(String(part).removingPercentEscapes)
            }
        }
        return components.joined(separator: "/")
    }

    /// The Markdown body behind each generated page.
    static func markdownBodies(_ report: ParsedReport) -> [String: MarkdownSource] {
        var bodies: [String: MarkdownSource] = [:]
        for theme in report.themes { bodies["\(theme.slug).html"] = theme.body }
        for page in report.pages { bodies["\(page.slug).html"] = page.body }
        return bodies
    }
}

/// The links an author wrote in one Markdown body, each with its place in the file.
struct MarkdownLinks {
    let links: [(url: String, location: SourceLocation)]

    init(_ source: MarkdownSource) {
        let output = MarkdownRenderer.render(source.text, quote: { _, _ in "" })
        links = output.links.map { link in
            (link.url, SourceLocation(path: source.path, line: source.firstLine + link.line - 1, column: link.column))
        }
    }

    /// Each URL's first place in the text.
    var firstPlaces: [String: SourceLocation] {
        var places: [String: SourceLocation] = [:]
        for link in links where places[link.url] == nil { places[link.url] = link.location }
        return places
    }
}

extension String {
    /// `%20` → space; invalid escapes are kept as written.
    var removingPercentEscapes: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
