#ifndef OPSGUIDE_FUZZ_MAIN_H
#define OPSGUIDE_FUZZ_MAIN_H

/// SwiftPM links every executable on Linux with `--defsym main=<module>_main`, so libFuzzer's
/// own `main` is never used: this one hands the command line to libFuzzer's driver instead.
int opsguide_fuzz_main(int argc, char **argv);

#endif
