@testable import almanac
import ArgumentParser
import Testing

/// `almanac build`'s quick reading of its arguments (`BuildArguments`) must agree with swift-argument-parser's
/// on every command line it reads, and leave every other one to it.
@Suite struct BuildArgumentsTests {
    /// swift-argument-parser's reading, as `BuildArguments`; nil when it is not `build` or is refused.
    static func parsed(_ arguments: [String]) -> BuildArguments? {
        (try? AlmanacCommand.parseAsRoot(arguments)).flatMap { $0 as? BuildCommand }?.arguments
    }

    @Test func commonCommandLinesAreReadAsSwiftArgumentParserReadsThem() throws {
        let lines: [[String]] = [
            [], ["build"], ["--strict"], ["build", "--content", "c", "--templates", "t", "--output", "o"],
            ["build", "--content=c", "--templates=t", "--output=o=p"], ["--format", "json", "-q"],
            ["build", "--format=text", "--timings", "-v"], ["build", "--replace-output", "--quiet", "--strict"],
            ["--output", "build"], ["build", "--verbose", "--output", "site with spaces"],
        ]
        for line in lines {
            let quick = try #require(BuildArguments.recognise(line[...]), "\(line)")
            #expect(quick == Self.parsed(line), "\(line)")
        }
        let full = BuildArguments.recognise(["build", "--content", "c", "--templates", "t", "--output", "o", "--strict",
                                             "--replace-output", "--format", "json", "--timings", "-q"])
        #expect(full == BuildArguments(content: "c", templates: "t", output: "o", strict: true, replaceOutput: true,
                                       reporting: Reporting(format: .json, timings: true, quiet: true, verbose: false)))
        #expect(BuildArguments.recognise([]) == BuildArguments(content: "content", templates: "templates", output: "output"))
    }

    @Test func everythingElseIsLeftToSwiftArgumentParser() {
        let lines: [[String]] = [
            ["--help"], ["build", "-h"], ["--version"], ["check"], ["serve"], ["new", "folder"], ["help", "build"],
            ["--content"], ["--content", "-x"], ["--content="], ["--content=-x"], ["--format", "xml"], ["-qv"],
            ["--quiet", "--verbose"], ["--strict", "--strict"], ["-q", "--quiet"], ["--output", "a", "--output=b"],
            ["--strict=yes"], ["build", "build"], ["--", "x"], ["extra"], ["--unknown"], ["-"],
            ["--generate-completion-script", "bash"], ["--experimental-dump-help"],
        ]
        for line in lines {
            #expect(BuildArguments.recognise(line[...]) == nil, "\(line)")
        }
    }

    /// Every command line of up to two pieces, and `build` followed by two of the pieces a build is usually given, in
    /// every order: where the quick reading reads one, swift-argument-parser reads the same values.
    @Test func everyLineReadQuicklyIsReadAlikeBySwiftArgumentParser() {
        let core: [[String]] = [
            ["build"], ["--content", "c"], ["--templates=t"], ["--output", "o"], ["--format", "json"], ["--strict"],
            ["--replace-output"], ["--timings"], ["-q"], ["--verbose"], ["--output", "build"], ["--content=x=y"],
        ]
        let odd: [[String]] = [
            ["--content"], ["--content", "-x"], ["--content="], ["--format", "xml"], ["--format=text"], ["-qv"],
            ["--quiet"], ["-v"], ["--strict=1"], ["--help"], ["-h"], ["--version"], ["check"], ["serve"], ["help"],
            ["--"], ["extra"], ["--unknown"], ["-"], ["--output", "--strict"], ["--templates", "check"],
        ]
        var lines: [[String]] = [[]]
        for first in core + odd {
            lines.append(first)
            for second in core + odd { lines.append(first + second) }
        }
        for second in core { for third in core { lines.append(["build"] + second + third) } }
        var readQuickly = 0
        for line in lines {
            guard let quick = BuildArguments.recognise(line[...]) else { continue }
            readQuickly += 1
            #expect(quick == Self.parsed(line), "\(line)")
        }
        // Most lines of build flags, each given once, are read quickly: the check above is not vacuous.
        #expect(lines.count > 1_200)
        #expect(readQuickly > 300)
    }

    /// A flag added to `build` must be read quickly too (or the quick reading would leave that flag's builds slower):
    /// every flag `almanac build --help` lists is one it reads.
    @Test func everyFlagBuildsHelpListsIsReadQuickly() {
        let help = BuildCommand.helpMessage(columns: 1_000)
        let names = Set(help.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "<" })
            .filter { $0.hasPrefix("--") && $0.count > 2 }
            .map(String.init))
            .subtracting(["--help", "--version"])
        #expect(names == ["--content", "--templates", "--strict", "--output", "--replace-output", "--format", "--timings",
                          "--quiet", "--verbose"])
        for name in names {
            #expect(BuildArguments.recognise([name]) != nil || BuildArguments.recognise([name, "json"]) != nil, "\(name)")
        }
    }
}
