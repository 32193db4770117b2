/* patella-csv-import.h: reading CSV back into the diary, all or nothing
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store.h"

G_BEGIN_DECLS

#define PATELLA_CSV_ERROR (patella_csv_error_quark ())
GQuark patella_csv_error_quark (void);

/* Messages name the file, the line and, where there is one, the field. */
typedef enum
{
  PATELLA_CSV_ERROR_READ,            /* the file or folder cannot be read, or is too big */
  PATELLA_CSV_ERROR_SYNTAX,          /* not well-formed CSV, or not UTF-8 text */
  PATELLA_CSV_ERROR_HEADER,          /* the first row is not one of the tables' headers */
  PATELLA_CSV_ERROR_FIELD_COUNT,     /* a row with too many or too few fields */
  PATELLA_CSV_ERROR_VALUE,           /* a value is refused (number, range, day, ...) */
  PATELLA_CSV_ERROR_DUPLICATE,       /* the same day, session or set twice in the file */
  PATELLA_CSV_ERROR_UNKNOWN_SESSION, /* a set whose session is nowhere */
  PATELLA_CSV_ERROR_INCOMPLETE,      /* an export folder missing a file, or not matching its manifest */
  PATELLA_CSV_ERROR_UNKNOWN_PROGRAM, /* a plan row or dose change whose program is nowhere */
} PatellaCsvError;

typedef enum
{
  PATELLA_CSV_TABLE_SESSION,
  PATELLA_CSV_TABLE_SET,
  PATELLA_CSV_TABLE_PAIN,
  PATELLA_CSV_TABLE_QUESTIONNAIRE,
  /* The program: a plan row finds its program, so programs come first. */
  PATELLA_CSV_TABLE_EXERCISE,
  PATELLA_CSV_TABLE_PROGRAM,
  PATELLA_CSV_TABLE_PLAN,
  PATELLA_CSV_TABLE_DOSE_CHANGE,
  PATELLA_CSV_N_TABLES
} PatellaCsvTableKind;

/* Rows already in the diary (same day, session start, ...) are not imported:
 * the diary's version is kept, so importing the same file twice adds nothing
 * the second time. skipped counts those with the same values,
 * kept_different those where the diary's values differ. */
typedef struct
{
  guint added[PATELLA_CSV_N_TABLES];
  guint skipped[PATELLA_CSV_N_TABLES];
  guint kept_different[PATELLA_CSV_N_TABLES];
} PatellaCsvImportStats;

/* The largest file an import reads, far above years of daily use. */
#define PATELLA_CSV_MAX_FILE_SIZE (64 * 1024 * 1024)

typedef struct _PatellaCsvTable PatellaCsvTable;

PatellaCsvTable     *patella_csv_parse             (const char             *file_name,
                                                    const char             *data,
                                                    gsize                   len,
                                                    GError                **error);
PatellaCsvTableKind  patella_csv_table_get_kind    (const PatellaCsvTable  *table);
guint                patella_csv_table_get_n_rows  (const PatellaCsvTable  *table);
void                 patella_csv_table_free        (PatellaCsvTable        *table);

gboolean             patella_csv_apply             (PatellaStore           *store,
                                                    PatellaCsvTable * const *tables,
                                                    guint                   n_tables,
                                                    PatellaCsvImportStats  *stats,
                                                    GError                **error);
gboolean             patella_csv_import            (PatellaStore           *store,
                                                    const char             *path,
                                                    PatellaCsvImportStats  *stats,
                                                    GError                **error);

char                *patella_csv_import_stats_describe (const PatellaCsvImportStats *stats);

/* Reads and checks a file or an export folder without touching any diary. */
GPtrArray           *patella_csv_read              (const char             *path,
                                                    GError                **error);

/* The same off the main thread. The worker reads the files, then writes on a
 * SQLite connection of its own; the store's own connection is not used
 * until the finish function, which emits PatellaStore::changed. progress
 * is called in the thread-default main context of the caller, with a
 * fraction from 0 to 1; progress_data must stay valid until callback runs.
 * Cancelling leaves the diary exactly as it was (G_IO_ERROR_CANCELLED). */
void                 patella_csv_import_async      (PatellaStore           *store,
                                                    const char             *path,
                                                    GCancellable           *cancellable,
                                                    PatellaProgressFunc     progress,
                                                    gpointer                progress_data,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean             patella_csv_import_finish     (PatellaStore           *store,
                                                    GAsyncResult           *result,
                                                    PatellaCsvImportStats  *stats,
                                                    GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaCsvTable, patella_csv_table_free)

G_END_DECLS
