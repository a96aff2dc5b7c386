/// Checks `site_url:` in report.yaml: the absolute address the site is published at, which sitemap.xml, robots.txt,
/// canonical links and Open Graph tags need (they must be absolute; the site's own links stay relative).
enum SiteURL {
    /// `url` ending with `/`, or nil (with an error at `location`) when it is not an absolute http(s) address
    /// without query, fragment, spaces or user name.
    static func normalised(_ url: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> String? {
        let hint = "e.g. site_url: https://www.example.org/annual-report/"
        guard let problem = problem(with: url) else { return url.hasSuffix("/") ? url : url + "/" }
        diagnostics.error("\"site_url\" must be the absolute web address the site is published at: \(problem), not \"\(url)\"",
                          at: location, hint: hint)
        return nil
    }

    /// Why `url` is not a usable site address, or nil when it is.
    static func problem(with url: String) -> String? {
        let lowered = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
            return "it must start with https:// (or http://)"
        }
        if url.unicodeScalars.contains(where: { $0 == " " || $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return "it must not contain spaces"
        }
        if url.contains("?") { return "it must not have a query (?…)" }
        if url.contains("#") { return "it must not have a fragment (#…)" }
        if url.contains("\\") || url.contains("\"") || url.contains("<") || url.contains(">") {
            return "it must not contain \\, \", < or >"
        }
        let rest = url.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        if host.isEmpty { return "it must name a host after \(scheme)" }
        if host.contains("@") { return "it must not contain a user name (@)" }
        let path = rest.dropFirst(host.count)
        if path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().dropLast().contains(where: { $0.isEmpty }) {
            return "its path must not contain //"
        }
        return nil
    }
}
