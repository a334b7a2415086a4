// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OpsGuide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "opsguide", targets: ["opsguide"]),
        .executable(name: "opsguide-serve", targets: ["opsguide-serve"]),
        .library(name: "OpsGuideKit", targets: ["OpsGuideKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "Cyaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "CRename"),
        .target(name: "CcmarkArena", dependencies: ["Ccmark"]),
        .target(name: "CTextScan"),
        .target(name: "CAllocatorOptions"),
        .target(
            name: "OpsGuideKit",
            dependencies: [
                "Ccmark",
                "CcmarkArena",
                "CTextScan",
                "Cyaml",
                "CRename",
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .target(
            name: "OpsGuideServe",
            dependencies: [
                "OpsGuideKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .target(
            name: "OpsGuideCommandLine",
            dependencies: [
                "OpsGuideKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Two programs: `opsguide` builds and checks, and `opsguide serve` hands over to
        // `opsguide-serve`, so that only serving loads FlyingFox's networking libraries (30 of the
        // 54 shared libraries a build used to load). Both link jemalloc (Debian's libjemalloc-dev)
        // instead of glibc's malloc: a build makes millions of small allocations from several
        // threads, and glibc's allocator took a tenth of its CPU time (docs/performance.md).
        // `opsguide` also gives jemalloc its options (CAllocatorOptions: huge pages for the heap).
        .executableTarget(
            name: "opsguide",
            dependencies: [
                "OpsGuideKit",
                "OpsGuideCommandLine",
                "CAllocatorOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "opsguide-serve",
            dependencies: [
                "OpsGuideKit",
                "OpsGuideServe",
                "OpsGuideCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "OpsGuideKitTests",
            dependencies: ["OpsGuideKit", "OpsGuideServe"],
            exclude: ["Fixtures"]
        ),
    ]
)
