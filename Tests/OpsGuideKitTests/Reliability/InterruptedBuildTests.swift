import Foundation
import Testing
@testable import OpsGuideKit

/// Nothing is lost: the built binary on a generated corpus of 1,500 pages gives byte-identical
/// sites whatever the jobs, and a build killed with SIGKILL at any moment leaves the output
/// folder exactly as the last complete build wrote it, or as the new one completed it.
@Suite(.serialized) struct InterruptedBuildTests {
    /// A temporary folder with `content/` and the outputs of the runs.
    struct Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("opsguide-kill-\(UUID().uuidString)").path
        var content: String { root + "/content" }

        func output(_ name: String) -> String { root + "/" + name }

        /// Starts `opsguide build` of the content into `output`; output and errors are dropped.
        func startBuild(into output: String, jobs: Int? = nil) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
            process.arguments = ["build", "--content", content, "--templates", TestSite.templates, "--output", output]
                + (jobs.map { ["--jobs", String($0)] } ?? [])
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }

        func build(into output: String, jobs: Int? = nil) throws -> Int32 {
            let process = try startBuild(into: output, jobs: jobs)
            process.waitUntilExit()
            return process.terminationStatus
        }

        func leftoverTemporaries() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(AtomicSiteWriter.temporaryPrefix) }
        }
    }

    static let versionA = GeneratedCorpus(practices: 1_500, version: "A")
    static let versionB = GeneratedCorpus(practices: 1_490, version: "B")

    @Test func buildsAreByteIdenticalWhateverTheJobs() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(atPath: workspace.root) }
        try Self.versionA.write(to: workspace.content)
        #expect(try workspace.build(into: workspace.output("one"), jobs: 1) == 0)
        #expect(try workspace.build(into: workspace.output("again"), jobs: 1) == 0)
        #expect(try workspace.build(into: workspace.output("many"), jobs: 4) == 0)
        let one = try SiteSnapshot(workspace.output("one"))
        #expect(one.entries.count > 1_500)
        #expect(try SiteSnapshot(workspace.output("again")) == one)
        #expect(try SiteSnapshot(workspace.output("many")) == one)
    }

    /// Builds alternate between two versions of the corpus and are killed at points spread over
    /// a whole build (measured once, only to place the kills); after every kill the output folder
    /// must equal one of the two complete sites, and a later build must clean up and complete.
    @Test func killedBuildsLeaveACompleteSite() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(atPath: workspace.root) }
        let site = workspace.output("site")
        var snapshots: [String: SiteSnapshot] = [:]
        var duration = 0.0
        for corpus in [Self.versionB, Self.versionA] {
            try corpus.write(to: workspace.content)
            let started = Date()
            #expect(try workspace.build(into: site) == 0)
            duration = max(duration, Date().timeIntervalSince(started))
            snapshots[corpus.version] = try SiteSnapshot(site)
        }
        #expect(snapshots["A"] != snapshots["B"])
        var current = "A"
        var generator = SystemRandomNumberGenerator()
        var outcomes: [String] = []
        for fraction in [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.1] {
            let next = current == "A" ? Self.versionB : Self.versionA
            try next.write(to: workspace.content)
            let delay = duration * (fraction + Double.random(in: -0.05...0.05, using: &generator))
            let process = try workspace.startBuild(into: site)
            Thread.sleep(forTimeInterval: max(0, delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try SiteSnapshot(site)
            if after == snapshots[next.version] {
                current = next.version
                outcomes.append("\(fraction): new site")
            } else {
                #expect(after == snapshots[current], "killed at \(delay) s of \(duration) s: site/ is neither the last good site nor the new one")
                outcomes.append("\(fraction): previous site")
            }
        }
        let final = current == "A" ? Self.versionB : Self.versionA
        try final.write(to: workspace.content)
        #expect(try workspace.build(into: site) == 0)
        #expect(try SiteSnapshot(site) == snapshots[final.version])
        #expect(try workspace.leftoverTemporaries() == [], "a complete build removes what killed builds left: \(outcomes)")
    }
}
