import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage's checks and its one rename: where a site may go, and how a staged one replaces the old.
public enum OutputWriter {
    /// Writes `files` at once; the previous output stays byte-for-byte intact unless the whole new site is ready.
    /// A build streams its pages through `StagedOutput` instead, while it renders.
    public static func write(_ files: [RenderedFile], options: BuildOptions, diagnostics: inout Diagnostics) {
        guard let staged = StagedOutput.begin(options, diagnostics: &diagnostics) else { return }
        for file in files { staged.add(file) }
        staged.commit(diagnostics: &diagnostics)
    }

    /// Refuses an output folder that is a file, or that holds or sits inside the content or templates.
    static func checkDestination(_ output: URL, options: BuildOptions, diagnostics: inout Diagnostics) -> Bool {
        let resolved = output.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue {
            diagnostics.error("output path \(options.outputDirectory) is a file, not a folder", at: nil,
                              hint: "pass --output DIR naming a folder")
            return false
        }
        for (label, folder) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let protected = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if resolved == protected || protected.hasPrefix(resolved + "/") || resolved.hasPrefix(protected + "/") || resolved == "/" {
                diagnostics.error("output folder \(options.outputDirectory) overlaps the \(label) folder \(folder); nothing was deleted",
                                  at: nil, hint: "choose an output folder outside \(folder)")
                return false
            }
        }
        return true
    }

    /// Exchanges the staged site with the old output atomically (renameat2), then removes the old one.
    static func swapIn(_ staging: URL, for output: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            #if os(Linux)
            let exchanged = linuxRenameExchange(AT_FDCWD, staging.path, AT_FDCWD, output.path, 2 /* RENAME_EXCHANGE */) == 0
            #else
            let exchanged = false
            #endif
            if exchanged {
                try fileManager.removeItem(at: staging)
                return
            }
            let old = staging.appendingPathExtension("old")
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.moveItem(at: staging, to: output)
        }
    }

    /// Folders left by a build that was killed mid-write.
    static func removeStaleTemporaryFolders(in parent: URL, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}

#if os(Linux)
/// glibc's renameat2 (2.28+), which Swift's Glibc module does not export; RENAME_EXCHANGE swaps two paths atomically.
@_silgen_name("renameat2")
private func linuxRenameExchange(_ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32,
                                 _ newPath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
#endif

/// Writes one file with open/write/close: Foundation's createFile cost a third of a large build.
enum FileBytes {
    /// nil on success, else a description of what failed.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "\(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return "\(path): \(String(cString: strerror(errno)))"
            }
            offset += written
        }
        return nil
    }
}
