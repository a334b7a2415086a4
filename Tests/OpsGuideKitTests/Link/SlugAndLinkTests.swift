import Testing
@testable import OpsGuideKit

@Suite struct SlugTests {
    @Test func slugsAreReadableInEveryScript() {
        #expect(Slugger.slugify("CI/CD and CT") == "cicd-and-ct")
        #expect(Slugger.slugify("What it is") == "what-it-is")
        #expect(Slugger.slugify("Развёртывание моделей") == "развёртывание-моделей")
        #expect(Slugger.slugify("🚀 Launch!") == "launch")
        #expect(Slugger.slugify("🚀") == "section")
    }

    /// The byte path for ASCII headings gives what the `Character` path gives.
    @Test(arguments: ["CI/CD and CT", "  Lead -- and\ttrail  ", "ALL CAPS_123", "a\r\nb", "", "---", "x.y,z (w)", "Step 2: ship"])
    func asciiSlugsEqualCharacterSlugs(text: String) {
        #expect(Slugger.asciiSlugify(text) == Slugger.characterSlugify(text))
    }

    @Test func repeatedAndReservedSlugsStayUnique() {
        var slugger = Slugger(reserved: ["practices"])
        #expect(["Practices", "Intro", "Intro", "Intro"].map { slugger.slug(for: $0) } == ["practices-1", "intro", "intro-1", "intro-2"])
    }
}

@Suite struct LinkResolverTests {
    let resolver: LinkResolver = {
        var content = LoadedContent(paths: DisplayPath(root: "/c"))
        content.practices = [SourceFile(kind: .practice, id: "sast", contentPath: "practices/sast.md", displayPath: "", text: "")]
        content.methodologies = [SourceFile(kind: .methodology, id: "devops", contentPath: "methodologies/devops.md", displayPath: "", text: "")]
        content.assets = [AssetFile(contentPath: "assets/a b.png", absolutePath: "/c/assets/a b.png")]
        return LinkResolver(siteMap: SiteMap(content))
    }()

    @Test func resolvesRelativeSourceLinks() {
        #expect(resolver.resolve("../practices/sast.md#in-the-ide", from: "methodologies/devops.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: "in-the-ide"))
        #expect(resolver.resolve("sast.md", from: "practices/x.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: nil))
        #expect(resolver.resolve("../assets/a%20b.png", from: "practices/x.md") == .content(path: "assets/a b.png", output: "assets/a b.png", fragment: nil))
        #expect(resolver.resolve("#top", from: "practices/x.md") == .samePage(fragment: "top"))
        #expect(resolver.resolve(".//./../practices/./sast.md?x=1#a%20b", from: "practices/x.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: "a b"))
        #expect(resolver.resolve("../methodologies/../practices/sast.md", from: "practices/x.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: nil))
        #expect(resolver.resolve("practices/sast.md", from: "index.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: nil))
        #expect(resolver.resolve("../practices/%73ast.md", from: "methodologies/devops.md") == .content(path: "practices/sast.md", output: "practices/sast.html", fragment: nil))
    }

    @Test func leavesExternalLinksAlone() {
        for url in ["https://example.org/x.md", "mailto:a@b.c", "//cdn.example/x", "javascript:alert(1)"] {
            #expect(resolver.resolve(url, from: "practices/x.md") == .external)
        }
    }

    @Test func refusesLinksOutsideContentAndMissingFiles() {
        #expect(resolver.resolve("../../etc/passwd", from: "practices/x.md") == .failure("link '../../etc/passwd' leads outside the content folder"))
        #expect(resolver.resolve("/etc/passwd", from: "practices/x.md") == .failure("link '/etc/passwd' is an absolute path; link relative to this file, e.g. '../practices/x.md'"))
        #expect(resolver.resolve("missing.md", from: "practices/x.md") == .failure("link to missing file 'practices/missing.md'"))
        #expect(resolver.resolve("..", from: "index.md") == .failure("link '..' leads outside the content folder"))
        #expect(resolver.resolve("a\\b.md", from: "practices/x.md") == .failure("link 'a\\b.md' contains a backslash or NUL; use '/' between folders"))
        #expect(resolver.resolve("a%00b.md", from: "practices/x.md") == .failure("link 'a%00b.md' contains a backslash or NUL; use '/' between folders"))
        #expect(resolver.resolve("%2Fetc.md", from: "practices/x.md") == .failure("link '%2Fetc.md' is an absolute path; link relative to this file, e.g. '../practices/x.md'"))
        #expect(resolver.resolve("a%zz.md", from: "practices/x.md") == .failure("link 'a%zz.md' has invalid percent-encoding"))
        #expect(resolver.resolve("sast.html", from: "practices/x.md") == .failure("link to missing file 'practices/sast.html'; link to the source '.md' file instead of the generated page"))
    }

    @Test func relativeOutputURLs() {
        #expect(SiteMap.url(from: "methodologies/devops.html", to: "practices/sast.html", fragment: "a") == "../practices/sast.html#a")
        #expect(SiteMap.url(from: "practices/x.html", to: "practices/sast.html") == "sast.html")
        #expect(SiteMap.url(from: "index.html", to: "practices/sast.html") == "practices/sast.html")
        #expect(SiteMap.url(from: "guide/a.html", to: "index.html") == "../index.html")
        #expect(SiteMap.url(from: "practices/x.html", to: "practices/x.html", fragment: "b") == "#b")
        #expect(SiteMap.url(from: "guide/q.html", to: "guide.html") == "../guide.html", "a shared name prefix is not a shared folder")
        #expect(SiteMap.url(from: "a/b.html", to: "a/b/c.html") == "b/c.html")
        #expect(SiteMap.url(from: "assets/x/y/p.html", to: "assets/x/z/a b#c%.png", fragment: "f g") == "../z/a%20b%23c%25.png#f%20g")
        #expect(SiteMap.url(from: "pages/p.html", to: "assets/ünï.svg") == "../assets/%C3%BCn%C3%AF.svg")
        #expect(SiteMap.url(from: "a/b.html", to: "a/") == "")
        #expect(SiteMap.url(from: "a/b.html", to: "a/", fragment: "") == "#")
        #expect(SiteMap.url(from: "x.html", to: "x.html", fragment: "") == "#")
        #expect(SiteMap.url(from: "a/b/c.html", to: "d.html", fragment: "é/ü") == "../../d.html#%C3%A9%2F%C3%BC")
    }
}
