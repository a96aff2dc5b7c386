import Foundation

/// Each page's links and ids as the last check of a preview read them, reused while the page's bytes are the
/// same: reading 2,000 pages (58 MB) again was most of the link check after a one-page save.
public final class LinkScanMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var scanned: [String: (bytes: [UInt8], scanner: HTMLScanner)] = [:]

    public init() {}

    /// The page read before when its bytes are the same (arrays compare by identity first), or read now.
    func scanner(for file: RenderedFile) -> HTMLScanner {
        if let kept = lock.withLock({ scanned[file.path] }), kept.bytes.hasSameBytes(as: file.bytes) { return kept.scanner }
        return HTMLScanner(bytes: file.bytes)
    }

    /// A page's scan made by whoever built the page (the print version, from its pieces' scans): used by this
    /// check when the page it gets has these very bytes.
    func provide(_ file: RenderedFile, _ scanner: HTMLScanner) {
        lock.withLock { scanned[file.path] = (file.bytes, scanner) }
    }

    /// Keeps this check's pages, and only those, for the next.
    func keep(_ files: [RenderedFile], _ scanners: [HTMLScanner]) {
        var kept: [String: (bytes: [UInt8], scanner: HTMLScanner)] = [:]
        for (file, scanner) in zip(files, scanners) { kept[file.path] = (file.bytes, scanner) }
        lock.withLock { scanned = kept }
    }
}
