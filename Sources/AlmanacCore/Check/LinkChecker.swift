/// Checks that every internal link and `#anchor` in the generated pages resolves, reporting each broken one once.
public enum LinkChecker {
    /// A broken link is reported at each place in the Markdown where an author wrote it, however many pages show it;
    /// one that no author wrote is a template's, reported once with the pages it is on.
    /// In a site of several editions, `prefix` (`2024/`) picks the pages of the edition `report` is, among all
    /// the site's files; a page no report wrote (the editions' landing page) is checked with `report` nil.
    public static func check(_ files: [RenderedFile], report: ParsedReport?, pagesUnder prefix: String = "",
                             memo: LinkScanMemo? = nil, diagnostics: inout Diagnostics) {
        check(files, scopes: [Scope(prefix: prefix, report: report)], memo: memo, diagnostics: &diagnostics)
    }

    /// Pages of one report in a site: those under `prefix`, whose authored links `report` places.
    public struct Scope: Sendable {
        public var prefix: String
        public var report: ParsedReport?

        public init(prefix: String, report: ParsedReport?) {
            self.prefix = prefix
            self.report = report
        }
    }

    /// Checks every scope's pages against the whole site, scanning each page once (a preview's `memo`: each page
    /// that changed since the last check, and working out again only the verdicts that could have changed).
    public static func check(_ files: [RenderedFile], scopes: [Scope], memo: LinkScanMemo? = nil, diagnostics: inout Diagnostics) {
        check(files, scopes: scopes, memo: memo, delivered: nil, diagnostics: &diagnostics)
    }

    /// The same, with the pages `delivered` read already taken from there (their files may hold no bytes any more).
    static func check(_ files: [RenderedFile], scopes: [Scope], memo: LinkScanMemo?, delivered: DeliveredScans?,
                      diagnostics: inout Diagnostics) {
        let html = files.filter { isPage($0.path) }
        let read = delivered?.byPath ?? [:]
        let scanned = memo?.scanners(for: html) ?? Parallel.map(html) { read[$0.path] ?? HTMLScanner(bytes: $0.bytes) }
        let pages = Dictionary(zip(html.map(\.path), scanned), uniquingKeysWith: { first, _ in first })
        let paths = Set(files.map(\.path))
        memo?.keep(html, scanned, paths: paths)
        let order = memo?.pagesInOrder(pages) ?? pages.keys.sorted()
        for scope in scopes { check(scope, pages: pages, order: order, paths: paths, memo: memo, diagnostics: &diagnostics) }
        memo?.finish()
    }

    /// Whether the link check reads the file at `path`: every `.html` file is a page.
    static func isPage(_ path: String) -> Bool { UTF8Hash.prefix(of: path, before: ".html") != nil }

    /// The broken links of one page, each once, in page order; and the other pages whose ids the verdicts read.
    struct PageVerdicts {
        var broken: [(url: String, problem: String)] = []
        var targets: Set<String> = []
    }

    /// `order`: the pages' paths, sorted.
    private static func check(_ scope: Scope, pages: [String: HTMLScanner], order: [String], paths: Set<String>,
                              memo: LinkScanMemo?, diagnostics: inout Diagnostics) {
        let (prefix, report) = (scope.prefix, scope.report)
        var authored = report.map(AuthoredLinks.init)
        // Template links repeat on every page: a link's verdict depends only on the page's folder, unless it
        // points into the page itself. Pages come in path order, so one folder's verdicts are kept at a time.
        var folderVerdicts: [String: (problem: String?, target: String?)] = [:]
        var verdictsFolder: Substring = ""
        // One report per broken link: at each place an author wrote it, or once for a template link with the pages.
        var reportedPlaces: Set<SourceLocation> = []
        var templateLinks: [TemplateLink: [String]] = [:]
        var templateOrder: [TemplateLink] = []
        let prefixBytes = Array(prefix.utf8)
        for path in order where ByteSearch.hasPrefix(path, prefixBytes)
            && (report != nil || !path.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/"))) {
            guard let page = pages[path] else { continue }
            let folder = ByteSearch.folder(of: path)
            if folder != verdictsFolder { (folderVerdicts, verdictsFolder) = ([:], folder) }
            let work = { verdicts(on: path, page, paths: paths, pages: pages, folderVerdicts: &folderVerdicts) }
            for (url, problem) in (memo?.verdicts(on: path, work) ?? work()).broken {
                // Re-reading the author's Markdown is only needed to place a link that is broken.
                let places = authored?.places(of: url, on: String(path.dropFirst(prefix.count))) ?? []
                for place in places where reportedPlaces.insert(place.location).inserted {
                    diagnostics.error("broken link \"\(place.url)\": \(problem)", at: place.location)
                }
                guard places.isEmpty else { continue }
                let link = TemplateLink(url: url, problem: problem)
                if templateLinks[link] == nil { templateOrder.append(link) }
                templateLinks[link, default: []].append(path)
            }
        }
        for link in templateOrder {
            let pages = templateLinks[link] ?? []
            let others = pages.count > 1 ? " and \(pages.count - 1) other\(pages.count > 2 ? "s" : "")" : ""
            diagnostics.error("broken link \"\(link.url)\" in generated page \(pages[0])\(others): \(link.problem)", at: nil,
                              hint: "the link comes from a template")
        }
    }

    private static func verdicts(on path: String, _ page: HTMLScanner, paths: Set<String>, pages: [String: HTMLScanner],
                                 folderVerdicts: inout [String: (problem: String?, target: String?)]) -> PageVerdicts {
        var found = PageVerdicts()
        var reported: Set<String> = []
        for url in page.links {
            let first = url.utf8.first
            let verdict: String?
            if first == UInt8(ascii: "#"), !ByteSearch.contains("?", in: url),
               url.utf8.count == 1 || page.ids.contains(String(url.utf8.dropFirst())!) {
                // A fragment of this very page that is there (most links of a long contents or print page).
                verdict = nil
            } else if first == UInt8(ascii: "#") || first == UInt8(ascii: "?") || first == nil {
                verdict = problem(with: url, on: path, paths: paths, pages: pages)
            } else if isExternal(url) {
                // Not checked, and most links of a long page: no need to hash each one.
                verdict = nil
            } else if let known = folderVerdicts[url] {
                verdict = known.problem
                if let target = known.target { found.targets.insert(target) }
            } else {
                var target: String?
                verdict = problem(with: url, on: path, paths: paths, pages: pages, idsOf: &target)
                folderVerdicts[url] = (verdict, target)
                if let target { found.targets.insert(target) }
            }
            if let verdict, reported.insert(url).inserted { found.broken.append((url, verdict)) }
        }
        found.targets.remove(path)
        return found
    }

    /// `http:`, `https:` and `mailto:` in any case, read on bytes (`problem` says nil for them too).
    /// On the buffer: zipping two `UTF8View`s cost a thousand instructions a link, a sixth of a preview's save at
    /// 2,000 pages (13,000 links, most of them in the print version).
    private static func isExternal(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            externalSchemes.contains { scheme in
                scheme.count <= bytes.count && scheme.indices.allSatisfy { index in
                    let byte = bytes[index]
                    return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == scheme[index]
                }
            }
        }
    }

    private static let externalSchemes: [[UInt8]] = ["https:", "http:", "mailto:"].map { Array($0.utf8) }

    /// A broken link in template text, reported once for all the pages it is on.
    private struct TemplateLink: Hashable {
        let url: String
        let problem: String
    }

    /// Why an internal link does not resolve, or nil when it does (external links are not checked).
    static func problem(with url: String, on page: String, paths: Set<String>, pages: [String: HTMLScanner]) -> String? {
        var target: String?
        return problem(with: url, on: page, paths: paths, pages: pages, idsOf: &target)
    }

    /// The same; `idsOf` is set to the page whose ids the verdict read, if any.
    private static func problem(with url: String, on page: String, paths: Set<String>, pages: [String: HTMLScanner],
                                idsOf idsTarget: inout String?) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("mailto:")
            || lowered.hasPrefix("tel:") || lowered.hasPrefix("//") || lowered.hasPrefix("data:") { return nil }
        // Bytes, not Foundation's `contains` (an NSString search per link).
        if lowered.utf8.contains(UInt8(ascii: ":")) && !lowered.utf8.contains(UInt8(ascii: "/")) && !lowered.hasPrefix("#")
            && !lowered.hasPrefix(".") {
            return "unsupported link scheme"
        }
        let withoutQuery = url.split(ascii: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = withoutQuery.split(ascii: "#", maxSplits: 1, omittingEmptySubsequences: false)
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
            idsTarget = target
            if !scanner.ids.contains(String(parts[1])) { return "no element with id \"\(parts[1])\" in \(target)" }
        }
        return nil
    }

    /// Joins a relative path to the page's folder; nil when `..` climbs out of the site.
    static func resolve(_ relative: String, from page: String) -> String? {
        var components = relative.hasPrefix("/") ? [] : page.split(ascii: "/").dropLast().map(String.init)
        for part in relative.split(ascii: "/") {
            switch part {
            case ".": continue
            case "..": if components.popLast() == nil { return nil }
            default: components.append(String(part).removingPercentEscapes)
            }
        }
        return components.joined(separator: "/")
    }
}

extension String {
    /// `%20` → space; invalid escapes are kept as written.
    var removingPercentEscapes: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
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
