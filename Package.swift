// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
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
            providers: [.apt(["libcmark-dev"])]
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
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacCore",
                "AlmanacServe",
                "AlmanacStarter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AlmanacCoreTests",
            dependencies: ["AlmanacCore", "AlmanacStarter"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AlmanacServeTests",
            dependencies: ["AlmanacServe", "AlmanacCore", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
