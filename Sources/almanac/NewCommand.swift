import AlmanacStarter
import ArgumentParser
import Foundation

/// `almanac new`: starts a second report from a neutral starter carried inside the binary.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a small starter report into a new or empty folder.",
        discussion: """
            The starter has two themes, a free page, a register of organisations, events and activities, \
            figure declarations, the default templates and their strings. It builds as it is; every file \
            starts with a comment pointing to the part of docs/content-format.md that describes it.
            """)

    @Argument(help: "The folder to create (it must not exist yet, or be empty).")
    var folder: String

    func run() throws {
        do {
            let count = try StarterWriter(folder: folder).write()
            print("Wrote a starter report to \(folder) (\(count) files). Next: cd \(folder) && almanac build (or almanac serve to preview).")
        } catch let refusal as StarterWriter.Refusal {
            var errors = FileHandle.standardError
            print("error: \(refusal.description)", to: &errors)
            throw ExitCode.failure
        }
    }
}
