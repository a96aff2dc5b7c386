import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
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

    /// Exchanges the staged site with the old output atomically (Linux renameat2, Darwin renamex_np), then removes the old one.
    /// Once the new site is in place the build has succeeded: a failure to remove the old site (now at the
    /// staging path) is returned as text for a warning, never thrown. Throws only while the old output is untouched
    /// or has been put back.
    static func swapIn(_ staging: URL, for output: URL,
                       removeOld: (URL) throws -> Void = { try FileManager.default.removeItem(at: $0) }) throws -> String? {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return nil
        }
        #if os(Linux)
        let exchanged = linuxRenameExchange(AT_FDCWD, staging.path, AT_FDCWD, output.path, 2 /* RENAME_EXCHANGE */) == 0
        #elseif canImport(Darwin)
        let exchanged = renamex_np(staging.path, output.path, UInt32(RENAME_SWAP)) == 0
        #else
        let exchanged = false
        #endif
        let old: URL
        if exchanged {
            old = staging
        } else {
            old = staging.appendingPathExtension("old")
            try fileManager.moveItem(at: output, to: old)
            do {
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                try? fileManager.moveItem(at: old, to: output)
                throw error
            }
        }
        do {
            try removeOld(old)
            return nil
        } catch {
            return error.localizedDescription
        }
    }

    /// Staging folders (`PREFIX-PID-N`, and `….old`) left by builds that were killed: only those whose process
    /// is gone, so a build never removes the folder of one still running (in this process or another).
    static func removeAbandonedStagingFolders(in parent: URL, prefix: String) {
        for name in names(in: parent.path, startingWith: prefix) {
            guard let pid = stagingOwner(String(name.dropFirst(prefix.count))), !processIsRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// The names in a folder that start with `prefix`, read with readdir: the output's parent may be /tmp with
    /// thousands of entries, and Foundation's listing builds a string for each (5 % of the default build).
    static func names(in folder: String, startingWith prefix: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard bytes.count > wanted.count, bytes.starts(with: wanted) else { return nil }
                return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// The process id in a staging folder's name after its prefix: exactly `PID`, `PID-HEX` (this version) or either
    /// with `.old`; anything else (a user's `…-99999-my-backup`) is not Almanac's and is never removed.
    static func stagingOwner(_ suffix: String) -> Int32? {
        var rest = Substring(suffix)
        if rest.hasSuffix(".old") { rest = rest.dropLast(4) }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].count <= 8 && parts[1].allSatisfy(\.isHexDigit)
                                    && parts[1].allSatisfy(\.isASCII) && parts[1] == parts[1].lowercased())
        else { return nil }
        return Int32(parts[0])
    }

    static func processIsRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
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
                systemWrite(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return "\(path): \(String(cString: strerror(errno)))"
            }
            offset += written
        }
        return nil
    }

    /// The C library's write(2), named through its module: `write(_:to:)` above hides the plain name.
    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}
