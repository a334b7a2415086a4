import Foundation

/// `opsguide init`: a new, minimal comparison guide — two methodologies, two practices, a small
/// decision guide and the templates — that builds and checks clean, for a team to make its own.
public enum StarterSite {
    /// Creates the site in `directory` (which must be missing or empty), copying templates from
    /// `templates`. Returns the files written, relative to `directory`.
    @discardableResult
    public static func create(in directory: String, templates: String) throws -> [String] {
        let manager = FileManager.default
        if FileSystem.entryType(directory) != .missing {
            guard FileSystem.isDirectory(directory), FileSystem.list(directory).isEmpty else {
                throw Scaffold.Failure(description: "'\(directory)' already exists and is not an empty folder")
            }
        }
        guard FileSystem.isDirectory(templates), FileSystem.entryType(templates + "/home.mustache") == .file else {
            throw Scaffold.Failure(description: "no templates to copy at '\(templates)'; pass --templates <dir> (the templates/ folder of an OpsGuide checkout)")
        }
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let target = directory + "/content/" + path
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
            written.append("content/" + path)
        }
        try manager.copyItem(atPath: templates, toPath: directory + "/templates")
        written.append("templates/")
        return written
    }

    static let files: [String: String] = [
        "site.yaml": """
            title: Our delivery guide
            description: How our teams choose between DevOps and DevSecOps, and what each one asks of us.
            dimensions:
              - id: team-skills
                title: Team skills
              - id: testing
                title: Testing
            categories:
              - id: delivery
                title: Build and delivery
              - id: security
                title: Security
            checks:
              methodology_min_practices: 1

            """,
        "index.md": """
            ---
            title: Our delivery guide
            summary: Which way of working fits a project, and where to start.
            ---
            This guide compares [DevOps](methodologies/devops.md) and [DevSecOps](methodologies/devsecops.md).
            Not sure which one fits? Answer two questions in the [decision guide](guide.md).

            """,
        "methodologies/devops.md": """
            ---
            title: DevOps
            summary: Development and operations share one team, one pipeline and one goal.
            dimensions:
              team-skills: Developers learn to run what they build; operators learn to automate it.
              testing: Automated tests run on every change before it can reach production.
            choose_when:
              - Releases are slow because code waits for another team.
            avoid_when:
              - Nobody can spend time on automation yet.
            ---
            ## Principles

            Small changes, automated delivery, and fast feedback from production. Start with
            [continuous integration](../practices/continuous-integration.md).

            """,
        "methodologies/devsecops.md": """
            ---
            title: DevSecOps
            summary: DevOps with security as a shared responsibility from the first line of code.
            extends: devops
            dimensions:
              team-skills: Security specialists work inside the team and teach secure habits.
              testing: Security tests such as static analysis run beside the functional tests.
            choose_when:
              - The product handles sensitive data or must pass security audits.
            avoid_when:
              - The team does not yet deliver with DevOps practices.
            ---
            ## Principles

            Security checks move to the start of the work, for example
            [static analysis in the editor](../practices/sast-in-the-ide.md).

            """,
        "practices/continuous-integration.md": """
            ---
            title: Continuous integration
            summary: Every change is merged often and checked by an automated build and tests.
            category: delivery
            methodologies:
              devops: core
              devsecops: core
            ---
            ## What it is

            Developers merge small changes into the main branch several times a day, and each merge
            runs the build and the tests.

            """,
        "practices/sast-in-the-ide.md": """
            ---
            title: Static analysis in the editor
            summary: Security flaws are flagged while the code is written, before review.
            category: security
            methodologies:
              devsecops: core
            ---
            ## What it is

            A static application security testing tool runs in the developer's editor and in
            [continuous integration](continuous-integration.md).

            """,
        "guide.md": """
            ---
            title: Which way of working fits?
            summary: Two questions to choose between DevOps and DevSecOps.
            start: security
            questions:
              - id: security
                text: Does the product handle sensitive data or face security audits?
                answers:
                  - id: "yes"
                    text: "Yes"
                    next: maturity
                  - id: "no"
                    text: "No"
                    end: devops
              - id: maturity
                text: Does the team already deliver with DevOps practices?
                answers:
                  - id: "yes"
                    text: Yes, we deliver continuously.
                    end: devsecops
                  - id: "no"
                    text: Not yet.
                    end: devops-first
            ends:
              - id: devops
                title: DevOps
                recommend: [devops]
                fit: strong
                reason: Without special security needs, DevOps gives the most for the effort.
                start_with: [continuous-integration]
              - id: devsecops
                title: DevSecOps
                recommend: [devsecops]
                fit: strong
                reason: Security matters and the team already delivers with DevOps, so build security in.
                start_with: [sast-in-the-ide]
              - id: devops-first
                title: DevOps first, then DevSecOps
                recommend: [devops, devsecops]
                fit: good
                reason: Security matters, but DevSecOps builds on DevOps habits the team has yet to form.
                start_with: [continuous-integration, sast-in-the-ide]
            ---
            Answer two questions to see which way of working fits your project.

            """,
    ]
}
