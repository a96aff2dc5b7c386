// swift-tools-version:6.0
// libFuzzer harness for Almanac's parse → aggregate → render stages. Kept out of the main package so
// `swift build` and `swift test` never compile it. See README.md beside this file.
import PackageDescription

let package = Package(
    name: "AlmanacFuzz",
    dependencies: [.package(name: "Almanac", path: "..")],
    targets: [
        .executableTarget(
            name: "AlmanacFuzz",
            dependencies: [.product(name: "AlmanacCore", package: "Almanac")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
