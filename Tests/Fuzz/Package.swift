// swift-tools-version:6.1
// The fuzz targets: a package of its own, built only with `--sanitize fuzzer` by
// `Tests/fuzz` (libFuzzer supplies `main`), so `swift build` of sangkien never sees them.
import PackageDescription

let package = Package(
  name: "sangkien-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "sangkien", path: "../.."),
    // To open the workbooks and documents the writers make, part by part.
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "SangKienWorkflow", package: "sangkien"),
        .product(name: "SangKienInterchange", package: "sangkien"),
      ]),
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzRows", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzContest", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzStored", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzWorkbook", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzSniff", dependencies: ["FuzzSupport"]),
    .executableTarget(
      name: "FuzzXML",
      dependencies: ["FuzzSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
  ]
)
