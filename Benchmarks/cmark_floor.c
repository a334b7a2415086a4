/* cmark_floor.c - in-process floor for "render every page through libcmark".
 *
 * Loads every *.md file under the given directories into memory first, then times
 * cmark_markdown_to_html() on each file separately (one document per page, as a
 * generator would do it), without process spawns and without writing output.
 * A leading YAML front-matter block (--- ... ---) is skipped before rendering.
 *
 * Build:  cc -O2 -o cmark_floor cmark_floor.c -lcmark -lpthread   (Debian: apt-get install libcmark-dev)
 * Run:    ./cmark_floor [-r REPEATS] [-w OUTDIR [-t THREADS]] DIR...
 *         -w OUTDIR also writes each page's HTML to OUTDIR/<n>.html (timed separately).
 *         -r 0 -w OUTDIR skips the timed render-only passes: every page is read, rendered and
 *         written exactly once, the floor a static-site build is compared with.
 *         -t THREADS splits that written pass over THREADS threads of one process, sixteen
 *         neighbouring pages at a time (as opsguide's Parallel.map hands them out): the same
 *         work on two cores, to measure what a second thread costs the floor itself.
 *         (OpsGuide copy of /work/shared/bench/cmark_floor.c; the only changes are -r 0 and -t.)
 * Prints: files, bytes, best and median render time over the repeats, MB/s and us/page.
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
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

static const char *write_dir; static atomic_size_t next_page; static atomic_int write_failed;

/* Renders and writes pages, taking the next sixteen not yet taken until none are left. */
static void *render_and_write(void *unused) {
    (void)unused; char path[4096];
    for (;;) {
        size_t first = atomic_fetch_add(&next_page, 16);
        if (first >= ndocs) return NULL;
        for (size_t d = first; d < first + 16 && d < ndocs; d++) {
            char *html = cmark_markdown_to_html(docs[d].buf, docs[d].len, CMARK_OPT_DEFAULT);
            snprintf(path, sizeof path, "%s/%zu.html", write_dir, d);
            FILE *f = fopen(path, "wb");
            if (!f) { perror(path); atomic_store(&write_failed, 1); free(html); return NULL; }
            fputs(html, f); fclose(f); free(html);
        }
    }
}

int main(int argc, char **argv) {
    int repeats = 5, threads = 1, i; const char *outdir = NULL;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-r") && i + 1 < argc) repeats = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-w") && i + 1 < argc) outdir = argv[++i];
        else if (!strcmp(argv[i], "-t") && i + 1 < argc) threads = atoi(argv[++i]);
        else { fprintf(stderr, "usage: %s [-r REPEATS] [-w OUTDIR [-t THREADS]] DIR...\n", argv[0]); return 2; }
    }
    if (i >= argc || repeats < 0 || (repeats == 0 && !outdir) || threads < 1 || threads > 64) {
        fprintf(stderr, "usage: %s [-r REPEATS] [-w OUTDIR [-t THREADS]] DIR...\n", argv[0]); return 2;
    }
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
        double s = now(); pthread_t others[64];
        write_dir = outdir;
        for (int k = 1; k < threads; k++)
            if (pthread_create(&others[k], NULL, render_and_write, NULL) != 0) { perror("pthread_create"); return 1; }
        render_and_write(NULL);
        for (int k = 1; k < threads; k++) pthread_join(others[k], NULL);
        if (atomic_load(&write_failed)) return 1;
        double w = now() - s;
        printf("render + write %zu files to %s on %d thread(s): %.4f s | %.1f us/page\n", ndocs, outdir, threads, w, w / ndocs * 1e6);
    }
    return 0;
}
