// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        // The preview server, apart so that `almanac build` links no networking (FlyingFox pulls in
        // FoundationNetworking and libcurl); `almanac serve` runs it from beside `almanac`.
        .executable(name: "almanac-serve", targets: ["almanac-serve"]),
        .library(name: "AlmanacCore", targets: ["AlmanacCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "AlmanacCore",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "AlmanacStarter"),
        .target(
            name: "AlmanacServe",
            dependencies: [
                "AlmanacCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "AlmanacCommandLine",
            dependencies: [
                "AlmanacCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacCore",
                "AlmanacCommandLine",
                "AlmanacStarter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "almanac-serve",
            dependencies: [
                "AlmanacServe",
                "AlmanacCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AlmanacCoreTests",
            dependencies: ["AlmanacCore", "AlmanacStarter", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AlmanacServeTests",
            dependencies: ["AlmanacServe", "AlmanacCore", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
        // The `almanac` executable's own code: its quick reading of `build` arguments against swift-argument-parser's.
        .testTarget(
            name: "AlmanacCommandTests",
            dependencies: ["almanac", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Runs scripts/release.sh and checks with ldd that the release almanac needs no Swift library (Linux).
        .testTarget(
            name: "ReleaseBinaryTests",
            dependencies: ["AlmanacCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
