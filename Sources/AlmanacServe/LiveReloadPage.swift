import AlmanacCore

/// The browser side of live reload: the script and diagnostics overlay added to served pages, never to `output/`.
public enum LiveReloadPage {
    /// The event stream the script listens to; no built file can have this path (it is not a valid page name).
    public static let eventsPath = "/__almanac/events"
    /// The id of the overlay element, which the script replaces or removes.
    public static let overlayID = "almanac-overlay"

    /// Adds the script (and the overlay when the latest build failed) just before the page's last `</body>`.
    public static func inject(into html: [UInt8], version: String, failure: [String]?) -> [UInt8] {
        let addition = Array(((failure.map { overlay($0, hasSite: true) } ?? "") + script(version: version)).utf8)
        var page = html
        page.insert(contentsOf: addition, at: closingBodyIndex(in: html) ?? html.endIndex)
        return page
    }

    /// A stand-in page for a path the build did not produce, or for every path before the first good build.
    public static func placeholder(title: String, message: String, version: String, failure: [String]?, hasSite: Bool) -> [UInt8] {
        let overlayHTML = failure.map { overlay($0, hasSite: hasSite) } ?? ""
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title></head>
            <body><h1>\(escape(title))</h1><p>\(escape(message))</p>
            \(overlayHTML)\(script(version: version))</body></html>

            """
        return Array(page.utf8)
    }

    /// The diagnostics of a failed build, one `path:line:column: severity: message` per line, escaped.
    public static func overlay(_ diagnostics: [String], hasSite: Bool) -> String {
        let headline = hasSite ? "The last build failed; you are seeing the last good build."
                               : "The build failed; there is no good build to show yet."
        let items = diagnostics.map { "<li style=\"margin:0 0 6px\">\(escape($0))</li>" }.joined(separator: "\n")
        return """
            <div id="\(overlayID)" role="alert" style="position:fixed;top:0;left:0;right:0;max-height:70vh;\
            overflow:auto;z-index:2147483647;margin:0;padding:16px 20px;background:#3b0d0c;color:#fff;\
            font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 4px 18px rgba(0,0,0,.5)">
            <strong>\(headline)</strong> Fix the problem and save: this page updates by itself.
            <ul style="margin:10px 0 0;padding-left:20px">
            \(items)
            </ul></div>

            """
    }

    /// Reloads after a good build, swaps the overlay in after a failed one, reloads if the page is stale on connect.
    static func script(version: String) -> String {
        """
        <script>(function () {
          if (!window.EventSource) return;
          var version = "\(version)";
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("hello", function (e) { if (e.data !== version) location.reload(); });
          source.addEventListener("reload", function () { source.close(); location.reload(); });
          source.addEventListener("failed", function (e) {
            var message = JSON.parse(e.data);
            version = message.version;
            var old = document.getElementById("\(overlayID)");
            if (old) old.remove();
            document.body.insertAdjacentHTML("beforeend", message.overlay);
          });
        })();</script>

        """
    }

    /// Where the last `</body` starts, compared case-insensitively.
    static func closingBodyIndex(in html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        for start in stride(from: html.count - needle.count, through: 0, by: -1) {
            if zip(html[start..<start + needle.count], needle).allSatisfy({ lowercased($0) == $1 }) { return start }
        }
        return nil
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
