/* patella-schema.h: the database schema, one migration per version
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* PRAGMA user_version of a file this Patella writes. */
#define PATELLA_SCHEMA_VERSION 5

/* PRAGMA application_id: "PTLA", so another program's database is told apart
 * from ours before anything is written to it. */
#define PATELLA_SCHEMA_APPLICATION_ID 0x50544c41

/* patella_schema_migrations[v] takes a file from version v to v + 1. Kept
 * as they shipped: a file made by any release must still migrate. */
extern const char * const patella_schema_migrations[PATELLA_SCHEMA_VERSION];

gboolean patella_schema_migrate (sqlite3     *db,
                                 int          target_version,
                                 const char  *path,
                                 GError     **error);

G_END_DECLS
