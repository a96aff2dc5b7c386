import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder only this user can open, holding the Unix socket FlyingFox listens on behind the request gate, so no
/// other local user can reach FlyingFox without going through the gate.
struct PrivateSocketFolder: Sendable {
    /// The folder, made by mkdtemp (mode 0700).
    let path: String

    /// Why the folder, or the server in it, could not be set up.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The socket's path; short, because Unix socket paths are limited to about 100 bytes.
    var socketPath: String { path + "/http" }

    /// Makes a new folder (mode 0700) under the temporary folder, or /tmp when that path is too long for a socket.
    init() throws {
        var parent = FileManager.default.temporaryDirectory.path
        if parent.utf8.count > 70 { parent = "/tmp" }
        var template = Array((parent + "/almanac-serve-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else {
            throw Failure(description: "cannot make a private folder in \(parent): errno \(errno)")
        }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Deletes the socket and the folder. Called when the preview stops; a folder left behind by a crash holds
    /// only a dead socket.
    func remove() {
        _ = unlink(socketPath)
        _ = rmdir(path)
    }
}
