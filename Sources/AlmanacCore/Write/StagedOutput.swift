import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new site filling a folder beside the output while pages are still being rendered; the output folder
/// itself changes only in `commit`, with one rename, so a failed or killed build leaves it as it was.
///
/// Files are written by two serial queues. Creating a file locks its folder for as long as the kernel takes to
/// find a free inode (on ext4 without a journal that means stepping over every recently deleted one, often
/// most of a build's time), so two writers in one folder only take turns, and a rename into a folder waits for
/// the create under way there. So each writer, after its first `SideFolder.filesBeforeSideFolder` files, creates the
/// top-level files in a side folder of its own inside the staging folder and then renames each into place, which
/// holds the staging folder's lock only briefly.
public final class StagedOutput: @unchecked Sendable {
    private let queue = DispatchQueue(label: "almanac.output-writer")
    private let sideQueue = DispatchQueue(label: "almanac.output-writer.side")
    /// Bounds the bytes queued for the two writers (see `WriteBacklog`).
    let backlog = WriteBacklog()
    private let output: URL
    private let staging: URL
    private let stagingPath: String
    private let outputDescription: String
    private let lock: OutputLock
    /// A preview's record of the output, to link unchanged files from it.
    private let history: OutputHistory?
    private let outputPath: String
    /// What one writer has done; each is touched only on its own queue.
    private struct Writer {
        var side: SideFolder
        var problems: [String] = []
        var written: [String] = []
        var kept: [String: OutputHistory.Entry] = [:]
    }
    // Touched only on `queue`.
    private var folders: Set<Substring> = [""]
    private var first: Writer
    // Touched only on `sideQueue`.
    private var second: Writer

    /// The writers' side folders (made only once a writer has more files than `SideFolder.filesBeforeSideFolder`),
    /// emptied as each file is renamed into place and removed before the commit.
    static let sideFolderNames = [".almanac-side", ".almanac-side-2"]

    private init(output: URL, staging: URL, outputDescription: String, lock: OutputLock, history: OutputHistory?) {
        self.output = output
        self.outputPath = output.path
        self.history = history
        self.staging = staging
        self.stagingPath = staging.path
        first = Writer(side: SideFolder(path: staging.path + "/" + Self.sideFolderNames[0]))
        second = Writer(side: SideFolder(path: staging.path + "/" + Self.sideFolderNames[1]))
        self.outputDescription = outputDescription
        self.lock = lock
    }

    /// Checks the output folder, takes its lock and creates the staging folder; or reports why the output
    /// folder cannot be used and returns nil, with nothing on disk changed.
    public static func begin(_ options: BuildOptions, history: OutputHistory? = nil, diagnostics: inout Diagnostics) -> StagedOutput? {
        guard let destination = OutputDestination.resolve(options, diagnostics: &diagnostics) else { return nil }
        let output = destination.folder
        let parent = output.deletingLastPathComponent()
        let given = destination.display
        let kept = "the previous output was left as it was"
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            diagnostics.error("cannot write \(given): \(error.localizedDescription)", at: nil, hint: kept)
            return nil
        }
        let lock: OutputLock
        switch OutputLock.acquire(for: output, timeout: options.outputLockTimeout) {
        case .success(let taken): lock = taken
        case .failure(.heldByAnotherBuild):
            diagnostics.error("another build is writing \(given); waited \(options.outputLockTimeout.secondsText) s for it",
                              at: nil, hint: "run one build at a time per output folder; \(kept)")
            return nil
        case .failure(.cannotOpen(let path, let reason)):
            diagnostics.error("cannot lock \(given): \(path): \(reason)", at: nil, hint: kept)
            return nil
        }
        if !options.replaceUnownedOutput, let unowned = OutputManifest.unownedFiles(in: output.path), !unowned.isEmpty {
            lock.release(wroteOutput: false)
            let listed = unowned.prefix(4).joined(separator: ", ") + (unowned.count > 4 ? ", …" : "")
            diagnostics.error("output folder \(given) holds files Almanac did not write (\(listed)); nothing was deleted",
                              at: nil, hint: "choose another folder, move those files out, or pass --replace-output to replace it anyway")
            return nil
        }
        let prefix = "." + output.lastPathComponent + ".almanac-tmp-"
        OutputWriter.removeAbandonedStagingFolders(in: parent, prefix: prefix)
        // The process id tells a later build whether the folder's owner is still running; the random part keeps
        // two builds of one process (tests, or a server) apart.
        let name = prefix + "\(getpid())-" + String(UInt32.random(in: .min ... .max), radix: 16)
        let staging = parent.appendingPathComponent(name).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            guard lock.alsoLock(staging: staging) else { throw CocoaError(.fileLocking) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            lock.release(wroteOutput: false)
            diagnostics.error("cannot write \(given): \(error.localizedDescription)", at: nil, hint: kept)
            return nil
        }
        history?.begin()
        return StagedOutput(output: output, staging: staging, outputDescription: given, lock: lock, history: history)
    }

    /// Queues one file, waiting only while the writers have more than `backlog.limit` bytes queued; safe to call
    /// from any thread.
    public func add(_ file: RenderedFile) {
        // Files in sub-folders, about half of the rest, and any unsafe path (reported there) go to the main
        // writer, which creates folders and checks paths.
        let size = file.bytes.count
        backlog.admit(size)
        let safe = OutputPath.isSafe(file.path)
        if let history, safe, history.holds(file, in: outputPath) {
            queue.async { self.write(file, linking: true); self.backlog.release(size) }
        } else if !safe || file.path.utf8.contains(UInt8(ascii: "/")) {
            queue.async { self.write(file); self.backlog.release(size) }
        } else if file.path.utf8.reduce(0, &+) & 1 == 1 {
            sideQueue.async {
                self.writeBeside(file, by: &self.second)
                self.backlog.release(size)
            }
        } else {
            queue.async {
                self.writeBeside(file, by: &self.first)
                self.backlog.release(size)
            }
        }
    }

    /// Waits for every queued file, then swaps the staged site in; on any failure the output stays as it was.
    public func commit(diagnostics: inout Diagnostics) {
        var swapped = false
        defer { lock.release(wroteOutput: swapped) }
        var problems = queue.sync { first.problems } + sideQueue.sync { second.problems }
        for name in Self.sideFolderNames where problems.isEmpty {
            if rmdir(stagingPath + "/" + name) != 0 && errno != ENOENT {
                problems.append("cannot write \(outputDescription): \(String(cString: strerror(errno)))")
            }
        }
        if problems.isEmpty {
            let paths = queue.sync { first.written } + sideQueue.sync { second.written }
            let manifest = Array(OutputManifest.text(for: paths).utf8)
            if let failure = FileBytes.write(manifest, to: stagingPath + "/" + OutputManifest.fileName) {
                problems.append("cannot write \(outputDescription): \(failure)")
            }
        }
        for problem in problems {
            diagnostics.error(problem, at: nil, hint: "the previous output was left as it was")
        }
        guard problems.isEmpty else { return removeStaging() }
        do {
            // A preview removes the replaced site (2,000 files at 2,000 pages) after it has answered: the folder
            // keeps this process's id in its name, so no other build takes it for abandoned meanwhile, and a
            // later build removes it if the preview stops first.
            let leftover = history == nil ? try OutputWriter.swapIn(staging, for: output)
                : try OutputWriter.swapIn(staging, for: output, removeOld: { old in
                    DispatchQueue.global(qos: .utility).async { try? FileManager.default.removeItem(at: old) }
                })
            swapped = true
            if let history {
                history.committed(queue.sync { first.kept }.merging(sideQueue.sync { second.kept }, uniquingKeysWith: { earlier, _ in earlier }))
            }
            if let leftover {
                diagnostics.warning("the new site is in \(outputDescription), but the previous one could not be removed: \(leftover)",
                                    at: nil, hint: "delete \(staging.path) by hand; the next build also tries")
            }
        } catch {
            removeStaging()
            diagnostics.error("cannot write \(outputDescription): \(error.localizedDescription)", at: nil,
                              hint: "the previous output was left as it was")
        }
    }

    /// Waits for every queued file and removes the staging folder; the output stays as it was.
    public func discard() {
        removeStaging()
        lock.release(wroteOutput: false)
    }

    private func removeStaging() {
        queue.sync {}
        sideQueue.sync {}
        try? FileManager.default.removeItem(at: staging)
    }

    /// `linking`: the output holds the same file; link it, or write it if that fails.
    private func write(_ file: RenderedFile, linking: Bool = false) {
        guard OutputPath.isSafe(file.path) else {
            first.problems.append("refusing to write \"\(file.path)\": it would leave the output folder")
            return
        }
        guard first.problems.isEmpty else { return }
        let folder = file.path.lastIndex(of: "/").map { file.path[..<$0] } ?? ""
        if !folders.contains(folder) {
            do {
                try FileManager.default.createDirectory(atPath: stagingPath + "/" + folder, withIntermediateDirectories: true)
                folders.insert(folder)
            } catch {
                first.problems.append("cannot write \(outputDescription): \(error.localizedDescription)")
                return
            }
        }
        let path = stagingPath + "/" + file.path
        let linked = linking && link(outputPath + "/" + file.path, path) == 0
        if !linked, let failure = FileBytes.write(file.bytes, to: path) {
            first.problems.append("cannot write \(outputDescription): \(failure)")
            return
        }
        history?.count(linked: linked)
        first.written.append(file.path)
        keep(file, at: path, in: &first.kept)
    }

    /// Notes a preview's file as written (its identity is the same once the folder is renamed into place).
    private func keep(_ file: RenderedFile, at path: String, in entries: inout [String: OutputHistory.Entry]) {
        guard history != nil, let identity = FileIdentity(path: path) else { return }
        entries[file.path] = OutputHistory.Entry(bytes: file.bytes, identity: identity)
    }

    /// Writes a top-level file (a safe name, checked by `add`) through a writer's side folder: `first` on `queue`,
    /// `second` on `sideQueue`.
    private func writeBeside(_ file: RenderedFile, by writer: inout Writer) {
        guard writer.problems.isEmpty else { return }
        if let failure = writer.side.write(file, into: stagingPath) {
            writer.problems.append("cannot write \(outputDescription): \(failure)")
        } else {
            history?.count(linked: false)
            writer.written.append(file.path)
            keep(file, at: stagingPath + "/" + file.path, in: &writer.kept)
        }
    }
}
