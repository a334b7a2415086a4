#ifndef OPSGUIDE_CRENAME_H
#define OPSGUIDE_CRENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int opsguide_exchange_paths(const char *first, const char *second);

#endif
