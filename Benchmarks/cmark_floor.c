/* cmark_floor.c - in-process floor for "render every page through libcmark".
 *
 * Loads every *.md file under the given directories into memory first, then times
 * cmark_markdown_to_html() on each file separately (one document per page, as a
 * generator would do it), without process spawns and without writing output.
 * A leading YAML front-matter block (--- ... ---) is skipped before rendering.
 *
 * Build:  cc -O2 -o cmark_floor cmark_floor.c -lcmark      (Debian: apt-get install libcmark-dev)
 * Run:    ./cmark_floor [-r REPEATS] [-w OUTDIR] DIR...
 *         -w OUTDIR also writes each page's HTML to OUTDIR/<n>.html (timed separately).
 *         -r 0 -w OUTDIR skips the timed render-only passes: every page is read, rendered and
 *         written exactly once, the floor a static-site build is compared with
 *         (OpsGuide copy of /work/shared/bench/cmark_floor.c; the only change is -r 0).
 * Prints: files, bytes, best and median render time over the repeats, MB/s and us/page.
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { char *buf; size_t len; } doc_t;
static doc_t *docs; static size_t ndocs, cap; static size_t total_bytes;

static double now(void) {
    struct timespec ts; clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int visit(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
    (void)sb; (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0) return 0;
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 1; }
    fseek(f, 0, SEEK_END); long len = ftell(f); fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)len + 1);
    if (fread(buf, 1, (size_t)len, f) != (size_t)len) { perror(path); fclose(f); return 1; }
    fclose(f); buf[len] = 0;
    char *body = buf; size_t blen = (size_t)len;
    if (blen >= 4 && strncmp(buf, "---\n", 4) == 0) {          /* skip front matter */
        char *end = strstr(buf + 4, "\n---\n");
        if (end) { body = end + 5; blen = (size_t)len - (size_t)(body - buf); }
    }
    if (ndocs == cap) { cap = cap ? cap * 2 : 1024; docs = realloc(docs, cap * sizeof *docs); }
    docs[ndocs].buf = body; docs[ndocs].len = blen; ndocs++;
    total_bytes += blen;
    return 0;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int repeats = 5, i; const char *outdir = NULL;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc) repeats = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-w") && i + 1 < argc) outdir = argv[++i];
        else { fprintf(stderr, "usage: %s [-r REPEATS] [-w OUTDIR] DIR...\n", argv[0]); return 2; }
    }
    if (i >= argc || repeats < 0 || (repeats == 0 && !outdir)) { fprintf(stderr, "usage: %s [-r REPEATS] [-w OUTDIR] DIR...\n", argv[0]); return 2; }
    double t0 = now();
    for (; i < argc; i++) if (nftw(argv[i], visit, 32, FTW_PHYS) != 0) return 1;
    double tload = now() - t0;
    if (!ndocs) { fprintf(stderr, "no .md files found\n"); return 1; }

    double *t = malloc(sizeof(double) * (size_t)(repeats ? repeats : 1)); size_t out_bytes = 0;
    for (int r = 0; r < repeats; r++) {
        double s = now(); out_bytes = 0;
        for (size_t d = 0; d < ndocs; d++) {
            char *html = cmark_markdown_to_html(docs[d].buf, docs[d].len, CMARK_OPT_DEFAULT);
            out_bytes += strlen(html);
            free(html);
        }
        t[r] = now() - s;
    }
    printf("libcmark %s: %zu files, %.2f MB markdown in, load %.3f s\n",
           cmark_version_string(), ndocs, total_bytes / 1e6, tload);
    if (repeats > 0) {
        qsort(t, (size_t)repeats, sizeof *t, cmp);
        double best = t[0], med = t[repeats / 2];
        printf("render only (%d repeats): best %.4f s, median %.4f s | %.2f MB html out | %.1f MB/s (median) | %.1f us/page (median)\n",
               repeats, best, med, out_bytes / 1e6, total_bytes / 1e6 / med, med / ndocs * 1e6);
    }
    if (outdir) {
        char path[4096]; double s = now();
        for (size_t d = 0; d < ndocs; d++) {
            char *html = cmark_markdown_to_html(docs[d].buf, docs[d].len, CMARK_OPT_DEFAULT);
            snprintf(path, sizeof path, "%s/%zu.html", outdir, d);
            FILE *f = fopen(path, "wb");
            if (!f) { perror(path); return 1; }
            fputs(html, f); fclose(f); free(html);
        }
        double w = now() - s;
        printf("render + write %zu files to %s: %.4f s | %.1f us/page\n", ndocs, outdir, w, w / ndocs * 1e6);
    }
    return 0;
}
