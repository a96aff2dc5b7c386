import Foundation

/// Writes the starter report into a new or empty folder, and never into one that holds anything.
public struct StarterWriter {
    /// Why a starter report was not written; the message names the folder and what to do.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    let folder: String
    let files: [StarterFile]
    let fileManager = FileManager.default

    public init(folder: String, files: [StarterFile] = StarterFiles.all) {
        self.folder = folder
        self.files = files
    }

    /// Writes every file and returns how many; on any failure removes what it wrote and throws.
    @discardableResult
    public func write() throws -> Int {
        let root = URL(fileURLWithPath: folder)
        let createdRoot = try prepare(root)
        var created: [URL] = []
        do {
            for file in files {
                let destination = root.appendingPathComponent(file.path)
                try createFolders(for: destination, below: root, recordingIn: &created)
                guard fileManager.createFile(atPath: destination.path, contents: file.data) else {
                    throw Refusal(description: "\(folder): could not write \(file.path); nothing was left behind")
                }
                created.append(destination)
            }
        } catch {
            if createdRoot {
                try? fileManager.removeItem(at: root)
            } else {
                for url in created.reversed() { try? fileManager.removeItem(at: url) }
            }
            throw error
        }
        return files.count
    }

    /// Checks the folder is new or empty; creates it (and missing parents) when new. True if it was created.
    private func prepare(_ root: URL) throws -> Bool {
        guard !folder.isEmpty else { throw Refusal(description: "almanac new needs a folder name") }
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Refusal(description: "\(folder) is a file; almanac new writes a report only into a new or empty folder")
            }
            let entries = try fileManager.contentsOfDirectory(atPath: root.path).sorted()
            guard entries.isEmpty else {
                let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw Refusal(description: "\(folder) is not empty (it holds \(shown)); almanac new writes a report only into a new or empty folder, so nothing was written")
            }
            return false
        }
        if let destination = try? fileManager.destinationOfSymbolicLink(atPath: root.path) {
            throw Refusal(description: "\(folder) is a broken symbolic link to \(destination); almanac new writes a report only into a new or empty folder")
        }
        do {
            try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw Refusal(description: "\(folder): could not create the folder (\(error.localizedDescription))")
        }
        return true
    }

    /// Creates the folders between the root and a file, remembering each one it made.
    private func createFolders(for file: URL, below root: URL, recordingIn created: inout [URL]) throws {
        var missing: [URL] = []
        var parent = file.deletingLastPathComponent()
        while parent.path != root.path, !fileManager.fileExists(atPath: parent.path) {
            missing.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        for url in missing.reversed() {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: false)
            created.append(url)
        }
    }
}
