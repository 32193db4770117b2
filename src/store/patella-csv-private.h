/* patella-csv-private.h: the validated rows a CSV import holds before it writes
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-csv-import.h"

G_BEGIN_DECLS

typedef struct
{
  guint               line;
  gint64              started_us;
  gint64              ended_us;     /* 0: none */
  char                day[11];
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
  char        day[11];
  const char *answers;
  int         score;
  gint64      recorded_us;
} PatellaCsvQuestionnaireRow;

struct _PatellaCsvTable
{
  PatellaCsvTableKind kind;
  char               *file_name;
  GStringChunk       *strings;
  GArray             *rows;
};

void patella_csv_set_error (GError     **error,
                            int          code,
                            const char  *file_name,
                            guint        line,
                            const char  *field,
                            const char  *reason);

G_END_DECLS
