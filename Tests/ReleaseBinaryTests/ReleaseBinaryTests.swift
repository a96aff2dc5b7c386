#if os(Linux)
import AlmanacCore
import Foundation
import Testing

/// Issue 13's release build: `scripts/release.sh` must give an `almanac` that runs with no Swift installed. It is one
/// static executable (issue 14: it starts faster), so `ldd` finds no dynamic section; `almanac-serve` may load libcurl
/// and what libcurl loads, but no Swift library, no Foundation and no libcmark.
@Suite struct ReleaseBinaryTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// What no release binary may load: the toolchain's own libraries and the ones linked statically on purpose.
    static let forbidden = ["libswift", "Foundation", "libdispatch", "libBlocksRuntime", "libcmark"]
    /// The environment of a machine with no Swift: nothing but a basic PATH.
    static let bareEnvironment = ["PATH": "/usr/bin:/bin"]

    /// One run of the script (incremental in its scratch folders, into a new folder), then every check on its output.
    @Test(.timeLimit(.minutes(25)))
    func releaseBuildNeedsNoSwiftAndServeFindsItsServer() async throws {
        let dist = FileManager.default.temporaryDirectory.appendingPathComponent("almanac-dist-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dist) }
        let script = Self.repository.appendingPathComponent("scripts/release.sh").path
        // At low priority: the release build takes minutes of both cores, and the preview server's tests running
        // beside it have deadlines of a few seconds.
        let build = try await ChildProcess.run("/usr/bin/nice", ["-n", "15", "/bin/bash", script, dist.path])
        try #require(build.status == 0, "scripts/release.sh failed:\n\(build.errors.suffix(4000))")
        try await checkLibraries(in: dist)
        try await checkItBuildsTheDefaultReport(with: dist.appendingPathComponent("almanac"), in: dist)
        try await checkServeFindsItsServer(in: dist)
    }

    private func checkLibraries(in dist: URL) async throws {
        let ldd = try await ChildProcess.run("/usr/bin/env", ["ldd", dist.appendingPathComponent("almanac").path])
        #expect(ldd.status != 0 && (ldd.output + ldd.errors).contains("not a dynamic executable"),
                "almanac should be one static executable; ldd said: \(ldd.output)\(ldd.errors)")

        // almanac-serve may load libcurl (FoundationNetworking's), but no Swift library either.
        let serverLibraries = try await ChildProcess.sharedLibraries(of: dist.appendingPathComponent("almanac-serve"))
        #expect(serverLibraries.contains { $0.hasPrefix("libc.so") }, "ldd listed \(serverLibraries)")
        #expect(serverLibraries.filter { library in Self.forbidden.contains { library.contains($0) } } == [])
    }

    /// With an empty environment, from another folder: `--version`, then the default report.
    private func checkItBuildsTheDefaultReport(with almanac: URL, in dist: URL) async throws {
        let work = dist.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let version = try await ChildProcess.run(almanac.path, ["--version"], environment: Self.bareEnvironment, in: work)
        #expect(version.status == 0)
        #expect(version.output == AlmanacVersion.current + "\n")
        let report = try await ChildProcess.run(
            almanac.path, ["build", "--content", Self.repository.appendingPathComponent("content").path,
                           "--templates", Self.repository.appendingPathComponent("templates").path, "--output", "site"],
            environment: Self.bareEnvironment, in: work)
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("0 errors; wrote"))
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("site/index.html").path))
        let serverVersion = try await ChildProcess.run(dist.appendingPathComponent("almanac-serve").path, ["--version"],
                                                       environment: Self.bareEnvironment, in: work)
        #expect(serverVersion.output == AlmanacVersion.current + "\n")
    }

    /// `almanac serve` runs the almanac-serve beside it with its arguments, and names the build command when it is missing.
    private func checkServeFindsItsServer(in dist: URL) async throws {
        let almanac = dist.appendingPathComponent("almanac").path
        // An address almanac-serve refuses: its usage error (status 64) shows it ran, and it names `almanac serve`.
        let refused = try await ChildProcess.run(almanac, ["serve", "--host", "example.org", "--port", "0"])
        #expect(refused.status == 64)
        #expect(refused.errors.contains("--host takes an IP address"))
        #expect(refused.errors.contains("See 'almanac serve --help'"))

        let alone = dist.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: almanac, toPath: alone.appendingPathComponent("almanac").path)
        let missing = try await ChildProcess.run(alone.appendingPathComponent("almanac").path, ["serve"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("almanac-serve is missing"))
        #expect(missing.errors.contains("swift build --product almanac-serve"))
    }
}
#endif
