import Glibc
import OpsGuideKit

// `opsguide build` for callgrind: valgrind 3.19 (Debian 12) cannot read the DWARF 5 debug
// information of the CLI. Benchmarks/profile.sh links this file against the objects of a
// release build and strips it; it is not part of the package.
let arguments = CommandLine.arguments
guard arguments.count == 5, let jobs = Int(arguments[4]) else {
    print("usage: profile-driver CONTENT TEMPLATES OUTPUT JOBS")
    exit(2)
}
var options = BuildOptions(content: arguments[1], templates: arguments[2], output: arguments[3], jobs: jobs)
// As `opsguide build` does: the site's objects are left for the system to reclaim at exit.
options.leavesMemoryToExit = true
let report = SiteBuilder.build(options)
print("\(report.pagesWritten) pages, \(report.diagnostics.count) diagnostics, \(report.seconds) s")
exit(report.hasErrors ? 1 : 0)
