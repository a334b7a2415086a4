// swift-tools-version:6.0
import Foundation
import PackageDescription

// The libFuzzer target over OpsGuideKit, kept out of the root package so that its flags
// (`-sanitize=fuzzer`, `-parse-as-library`, `-enable-testing`, given by scripts/fuzz.sh) never
// reach the normal build. The root package is a path dependency; its identity is the name of
// the folder it was cloned into, so it is read from this file's path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "OpsGuideFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: root.path),
    ],
    targets: [
        .target(name: "CFuzzMain"),
        .executableTarget(
            name: "opsguide-fuzz",
            dependencies: ["CFuzzMain", .product(name: "OpsGuideKit", package: root.lastPathComponent)],
            path: "Sources/OpsGuideFuzz",
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
