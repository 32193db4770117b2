/* patella-csv-private.h: the column list of every table, and the checked rows an import holds
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-csv-import.h"
#include "patella-progress.h"
#include "patella-store-private.h"

G_BEGIN_DECLS

/* How a column's text becomes a value in the row, is bound into SQL, and is
 * written back out. */
typedef enum
{
  PATELLA_CSV_COL_INSTANT,      /* gint64 UTC µs, required */
  PATELLA_CSV_COL_INSTANT_OPT,  /* gint64 UTC µs, 0 when empty (SQL NULL) */
  PATELLA_CSV_COL_DAY,          /* char[PATELLA_LOCAL_DAY_LEN + 1] */
  PATELLA_CSV_COL_INT,          /* int from min to max, required */
  PATELLA_CSV_COL_PAIN,         /* int 0-10, PATELLA_STORE_NO_PAIN when empty */
  PATELLA_CSV_COL_TEXT,         /* const char *, min to max characters */
  PATELLA_CSV_COL_STATE,        /* PatellaSessionState, stored by name */
  PATELLA_CSV_COL_SIDE,         /* PatellaStoreSide, stored by name */
  PATELLA_CSV_COL_CONTEXTS,     /* guint flags, nicks joined by ';' */
  PATELLA_CSV_COL_SIGNS,        /* guint flags, nicks joined by ';' */
  PATELLA_CSV_COL_BOOL,         /* gboolean, 0 or 1 */
  PATELLA_CSV_COL_INT_OPT,      /* int from min to max, -1 when empty (SQL NULL) */
} PatellaCsvColumnKind;

typedef struct
{
  const char          *name;    /* the CSV header's name */
  PatellaCsvColumnKind kind;
  int                  min;     /* INT: the range; TEXT: the length in characters */
  int                  max;
  gsize                offset;  /* where the value lives in the table's row struct */
} PatellaCsvColumn;

/* One table: its file, its columns, and the SQL that reads and writes them.
 * In every statement ?N (or the Nth result column) is column N of the list,
 * and the first n_key columns are the row's natural key. */
typedef struct
{
  const char             *file;
  const char             *table;       /* for PatellaStore::changed */
  const PatellaCsvColumn *columns;
  guint                   n_columns;
  guint                   n_key;
  gsize                   row_size;
  const char             *select_sql;  /* the export, in key order */
  const char             *insert_sql;  /* the import: adds the row unless its key is there */
  const char             *same_sql;    /* 1 if the diary's row with this key has these values */
} PatellaCsvFormat;

extern const PatellaCsvFormat patella_csv_formats[PATELLA_CSV_N_TABLES];

/* Every row starts with the line it began on. */
typedef struct
{
  guint               line;
  gint64              started_us;
  gint64              ended_us;     /* 0: none */
  char                day[PATELLA_LOCAL_DAY_LEN + 1];
  PatellaSessionState state;
  int                 pain_before;  /* or PATELLA_STORE_NO_PAIN */
  int                 pain_after;
  const char         *note;
} PatellaCsvSessionRow;

typedef struct
{
  guint           line;
  gint64          session_started_us;
  PatellaStoreSet set;              /* exercise_id points into the table's strings */
} PatellaCsvSetRow;

typedef struct
{
  guint            line;
  PatellaPainEntry entry;           /* note points into the table's strings */
} PatellaCsvPainRow;

typedef struct
{
  guint       line;
  const char *kind;
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *answers;
  int         score;
  gint64      recorded_us;
} PatellaCsvQuestionnaireRow;

/* The program's tables. Dose fields are the ten columns of PatellaDose. */
typedef struct
{
  guint       line;
  const char *exercise;
  const char *name;
  const char *work;
  const char *sides;
  const char *instructions;
  PatellaDose dose;
  gint64      created_us;
} PatellaCsvExerciseRow;

typedef struct
{
  guint  line;
  gint64 created_us;
  char   start_day[PATELLA_LOCAL_DAY_LEN + 1];
  int    n_weeks;
  int    training_days;
  int    reminder_min;   /* or -1 */
} PatellaCsvProgramRow;

typedef struct
{
  guint       line;
  gint64      program_created_us;
  const char *exercise;
  int         position;
  PatellaDose dose;
} PatellaCsvPlanRow;

typedef struct
{
  guint       line;
  gint64      program_created_us;
  const char *exercise;
  gint64      recorded_us;
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *reason;
  const char *event;
  PatellaDose dose;
  const char *note;
} PatellaCsvDoseChangeRow;

struct _PatellaCsvTable
{
  PatellaCsvTableKind kind;
  char               *file_name;
  GStringChunk       *strings;
  GArray             *rows;
};

static inline gpointer
patella_csv_table_row (PatellaCsvTable *table,
                       guint            i)
{
  return table->rows->data + (gsize) i * patella_csv_formats[table->kind].row_size;
}

void     _patella_csv_set_error     (GError                 **error,
                                     int                      code,
                                     const char              *file_name,
                                     guint                    line,
                                     const char              *field,
                                     const char              *reason);
void     _patella_csv_bind_column   (sqlite3_stmt            *stmt,
                                     int                      param,
                                     const PatellaCsvColumn  *column,
                                     gconstpointer            row);
gboolean _patella_csv_column_equal  (const PatellaCsvColumn  *column,
                                     gconstpointer            a,
                                     gconstpointer            b);
char    *_patella_csv_column_to_text (const PatellaCsvColumn *column,
                                    gconstpointer            row);
char    *_patella_csv_header        (PatellaCsvTableKind      kind);


/* The import without signals, on any connection (the async one runs it in
 * a worker thread on a connection of its own). */
gboolean _patella_csv_apply_quietly (PatellaStore            *store,
                                     PatellaCsvTable * const *tables,
                                     guint                    n_tables,
                                     PatellaCsvImportStats   *stats,
                                     GCancellable            *cancellable,
                                     PatellaProgress         *progress,
                                     GError                 **error);
void     _patella_csv_announce      (PatellaStore            *store,
                                     const PatellaCsvImportStats *stats);
GPtrArray *_patella_csv_read_full   (const char              *path,
                                     GCancellable            *cancellable,
                                     PatellaProgress         *progress,
                                     GError                 **error);
gboolean _patella_csv_export_full   (PatellaStore            *store,
                                     const char              *dir,
                                     GCancellable            *cancellable,
                                     PatellaProgress         *progress,
                                     GError                 **error);

G_END_DECLS
