import AlmanacCommandLine
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds `almanac-serve` beside the running `almanac` and `execv`s it, so Ctrl-C, signals and the exit status
/// reach the server directly with no parent process in between.
enum ServeLauncher {
    static let serverName = "almanac-serve"

    /// `almanac [serve] ARGS…` becomes `ARGS…`: the root command takes no options, so `serve` is the first argument.
    static func serveArguments(from commandLine: [String]) -> [String] {
        var arguments = Array(commandLine.dropFirst())
        if let serve = arguments.firstIndex(of: "serve") { arguments.remove(at: serve) }
        return arguments
    }

    /// Returns only by throwing: when the server is missing or cannot be started.
    static func replaceProcess(arguments: [String]) throws -> Never {
        guard let folder = executableFolder() else {
            printError("almanac serve: cannot tell where this almanac executable is, so cannot find \(serverName)")
            throw ExitCode.failure
        }
        let server = folder + "/" + serverName
        guard access(server, X_OK) == 0 else {
            printError("""
                almanac serve: \(server) is missing (or not executable); the preview server is a separate program \
                beside almanac. Build it with `swift build --product \(serverName)` (`swift build` builds both; the \
                release folder of scripts/release.sh has both).
                """)
            throw ExitCode.failure
        }
        let argv = ([ServeOptions.forwardedCommandName] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        let reason = String(cString: strerror(errno))
        argv.forEach { free($0) }
        printError("almanac serve: could not start \(server): \(reason)")
        throw ExitCode.failure
    }

    /// The folder holding the running executable, with symbolic links resolved (a linked `almanac` in a
    /// `bin/` folder still finds the `almanac-serve` installed beside the real file).
    static func executableFolder() -> String? {
        #if os(Linux)
        let path = "/proc/self/exe"
        #elseif canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        let path = String(cString: buffer)
        #endif
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        let executable = String(cString: resolved)
        guard let slash = executable.lastIndex(of: "/") else { return nil }
        return String(executable[..<slash])
    }

    private static func printError(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
