import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where raw change notifications come from: inotify on Linux, kqueue on macOS, an lstat poll elsewhere or when asked.
protocol ChangeSource {
    /// Waits up to `timeout` milliseconds (-1: no limit) and returns the paths that changed, or nil once stopped.
    mutating func next(timeout: Int32) -> [String]?
}

/// Watches the content and template folders on its own thread and reports debounced batches of relevant changes.
public final class DirectoryWatcher: Sendable {
    /// One element per burst of saves: the relevant paths that changed, sorted.
    public let changes: AsyncStream<[String]>
    /// Which kind of source is in use, for the startup message.
    public let mechanism: String
    /// Whether every change to a file in a watched folder is reported, however briefly the folder was left alone
    /// (inotify), so a build may take an unreported file for unchanged. A poll compares `stat`s and can miss a
    /// save within one tick of the clock; kqueue watches folders, not each file's contents.
    public let reportsEveryChange: Bool
    /// The watched folders as the reported paths name them (absolute, standardised).
    public let watchedRoots: [String]
    private let log = ChangeLog()
    private let stopRead: Int32
    private let stopWrite: Int32
    private let exited = DispatchSemaphore(value: 0)

    /// Starts watching; `quiet` is how long the folders must stay still before a batch is reported,
    /// `longest` caps how long a steady stream of changes can delay it.
    public init(roots: [String], quiet: Duration = .milliseconds(20), longest: Duration = .milliseconds(300),
                forcePolling: Bool = false) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        (stopRead, stopWrite) = (ends[0], ends[1])
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .bufferingNewest(1))
        changes = stream
        let stopRead = stopRead, exited = exited
        #if canImport(Glibc)
        let native = forcePolling ? nil : InotifySource(roots: roots, stopFD: stopRead)
        let nativeName = "inotify"
        #elseif canImport(Darwin)
        let native = forcePolling ? nil : KqueueSource(roots: roots, stopFD: stopRead)
        let nativeName = "kqueue"
        #else
        let native: PollingSource? = nil
        let nativeName = "polling"
        #endif
        mechanism = native == nil ? "polling" : nativeName
        reportsEveryChange = native != nil && nativeName == "inotify"
        watchedRoots = roots.map(Self.reportedPath)
        let log = log
        let thread = Thread {
            if var source = native {
                Self.loop(&source, quiet: quiet, longest: longest, log: log, continuation: continuation)
            } else {
                var source = PollingSource(roots: roots, stopFD: stopRead)
                Self.loop(&source, quiet: quiet, longest: longest, log: log, continuation: continuation)
            }
            exited.signal()
        }
        thread.name = "almanac-watch"
        thread.start()
    }

    /// A watched folder as every source names it and the paths below it: absolute and standardised. The read
    /// memo matches reported paths against these names, so the sources and `watchedRoots` take them from here.
    static func reportedPath(_ root: String) -> String {
        URL(fileURLWithPath: root).standardizedFileURL.path
    }

    /// Every path reported since the last call, relevant or not, as soon as it is read (before the quiet period
    /// ends): a build that starts takes them all, and a path reported later brings another batch, so another build.
    public func takeChanges() -> [String] {
        log.take()
    }

    /// Ends the watch thread; the `changes` stream finishes. Safe to call more than once.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(stopWrite, &byte, 1)
    }

    deinit {
        stop()
        exited.wait()
        close(stopRead)
        close(stopWrite)
    }

    /// Collects relevant paths until the folders have been quiet for `quiet`, then reports them as one batch.
    static func loop(_ source: inout some ChangeSource, quiet: Duration, longest: Duration, log: ChangeLog,
                     continuation: AsyncStream<[String]>.Continuation) {
        let clock = ContinuousClock()
        var pending = Set<String>()
        var first = clock.now, last = clock.now
        while true {
            var timeout: Int32 = -1
            if !pending.isEmpty {
                let milliseconds = Int((min(last + quiet, first + longest) - clock.now).milliseconds)
                timeout = Int32(clamping: max(0, milliseconds + 1))
            }
            guard let paths = source.next(timeout: timeout) else { break }
            log.add(paths)
            let relevant = paths.filter(ChangeClassifier.isRelevant)
            if !relevant.isEmpty {
                if pending.isEmpty { first = clock.now }
                last = clock.now
                pending.formUnion(relevant)
            }
            let now = clock.now
            if !pending.isEmpty && (now >= last + quiet || now >= first + longest) {
                continuation.yield(pending.sorted())
                pending.removeAll()
            }
        }
        continuation.finish()
    }
}
