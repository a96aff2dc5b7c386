import Foundation

/// The link check's reading of each page, made as the page goes to the writer: a one-off build then lets go of a
/// page's bytes once it is written, instead of holding the whole site (67 MB at 10,000 pages) until links are checked.
final class DeliveredScans: @unchecked Sendable {
    private let lock = NSLock()
    private var scans: [String: HTMLScanner] = [:]

    /// Reads `file` when it is a page, on the thread delivering it (pages are delivered from every core).
    func read(_ file: RenderedFile) {
        guard LinkChecker.isPage(file.path) else { return }
        let scan = HTMLScanner(bytes: file.bytes)
        lock.withLock { scans[file.path] = scan }
    }

    /// Every page read so far, by path.
    var byPath: [String: HTMLScanner] { lock.withLock { scans } }
}
