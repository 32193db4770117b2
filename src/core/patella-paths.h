/* patella-paths.h: where Patella keeps its files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *patella_paths_data_dir             (void);
char *patella_paths_default_database     (void);
char *patella_paths_backup_dir           (void);
char *patella_paths_resolve_database     (const char *requested,
                                          const char *cwd);

G_END_DECLS
