import Foundation

/// A preview's link check kept from one build to the next: each page's links and ids, reused while the page's
/// bytes are the same (reading 2,000 pages, 58 MB, again was most of the check after a one-page save), and each
/// page's verdicts, reused while the page, the site's files and the ids of the pages it links into are the same.
public final class LinkScanMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var scanned: [String: (bytes: [UInt8], scanner: HTMLScanner)] = [:]
    private var verdicts: [String: LinkChecker.PageVerdicts] = [:]
    // Gathered while this check reads its pages, then compared in `keep`.
    private var read: Set<String> = []
    private var idsChanged: Set<String> = []
    private var paths: Set<String> = []
    private var sameFiles = false
    private var sortedPages: [String]?
    /// Pages whose verdicts were worked out by the last check (the rest were reused), for tests.
    private(set) var pagesChecked = 0

    public init() {}

    /// Each page as read before when its bytes are the same (arrays compare by identity first), else read now: the
    /// memo is asked once (2,000 lookups from two cores mostly waited on its lock), the pages read on every core.
    func scanners(for files: [RenderedFile]) -> [HTMLScanner] {
        let kept = lock.withLock { files.map { scanned[$0.path] } }
        var scanners = zip(files, kept).map { file, kept in kept.flatMap { $0.bytes.hasSameBytes(as: file.bytes) ? $0.scanner : nil } }
        let missing = scanners.indices.filter { scanners[$0] == nil }
        let read = Parallel.map(missing) { HTMLScanner(bytes: files[$0].bytes) }
        for (index, scanner) in zip(missing, read) {
            scanners[index] = scanner
            noteRead(files[index].path, ids: scanner.ids, before: kept[index]?.scanner)
        }
        return scanners.map { $0! }
    }

    /// A page's scan made by whoever built the page (the print version, from its pieces' scans): used by this
    /// check when the page it gets has these very bytes.
    func provide(_ file: RenderedFile, _ scanner: HTMLScanner) {
        let kept = lock.withLock {
            defer { scanned[file.path] = (file.bytes, scanner) }
            return scanned[file.path]
        }
        if let kept, kept.bytes.hasSameBytes(as: file.bytes) { return }
        noteRead(file.path, ids: scanner.ids, before: kept?.scanner)
    }

    private func noteRead(_ path: String, ids: Set<String>, before: HTMLScanner?) {
        let changed = before.map { $0.ids != ids } ?? true
        lock.withLock {
            read.insert(path)
            if changed { idsChanged.insert(path) }
        }
    }

    /// Keeps this check's pages, and only those, for the next; `paths` are all the site's files.
    func keep(_ files: [RenderedFile], _ scanners: [HTMLScanner], paths: Set<String>) {
        var kept: [String: (bytes: [UInt8], scanner: HTMLScanner)] = [:]
        for (file, scanner) in zip(files, scanners) { kept[file.path] = (file.bytes, scanner) }
        lock.withLock {
            scanned = kept
            sameFiles = paths == self.paths
            self.paths = paths
            pagesChecked = 0
            if !sameFiles {
                sortedPages = nil
                verdicts = verdicts.filter { kept[$0.key] != nil }
            }
        }
    }

    /// The page's verdicts from the last check when nothing they read changed, else `work()`'s, kept.
    func verdicts(on path: String, _ work: () -> LinkChecker.PageVerdicts) -> LinkChecker.PageVerdicts {
        let kept: LinkChecker.PageVerdicts? = lock.withLock {
            guard sameFiles, !read.contains(path), let kept = verdicts[path], kept.targets.isDisjoint(with: idsChanged) else { return nil }
            return kept
        }
        if let kept { return kept }
        let found = work()
        lock.withLock {
            verdicts[path] = found
            pagesChecked += 1
        }
        return found
    }

    /// The pages' paths sorted, sorted again only when the site's files changed.
    func pagesInOrder(_ pages: [String: HTMLScanner]) -> [String] {
        if let kept = lock.withLock({ sortedPages }) { return kept }
        let sorted = pages.keys.sorted()
        lock.withLock { sortedPages = sorted }
        return sorted
    }

    /// Ends a check: what it read is now the last check's.
    func finish() {
        lock.withLock {
            read.removeAll()
            idsChanged.removeAll()
        }
    }
}
