/* patella-csv-export.h: every table of the diary as CSV files in a folder
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store.h"

G_BEGIN_DECLS

/* The files an export writes and an import of a folder reads, in the order
 * an import needs them (sets refer to their session). */
#define PATELLA_CSV_SESSION_FILE       "session.csv"
#define PATELLA_CSV_SET_FILE           "session_set.csv"
#define PATELLA_CSV_PAIN_FILE          "pain_entry.csv"
#define PATELLA_CSV_QUESTIONNAIRE_FILE "questionnaire.csv"
/* The program (schema v4): the user's own exercises, each start of the
 * program, its plan, and the history of its doses. Exports made before
 * these existed list only the four files above; they still import. */
#define PATELLA_CSV_EXERCISE_FILE      "custom_exercise.csv"
#define PATELLA_CSV_PROGRAM_FILE       "program.csv"
#define PATELLA_CSV_PLAN_FILE          "plan_exercise.csv"
#define PATELLA_CSV_DOSE_CHANGE_FILE   "dose_change.csv"
/* Written last, beside the four: each file's row count and SHA-256. A
 * folder import requires it, so an export cut off halfway, or a mix of two
 * exports, is refused instead of imported with rows missing. */
#define PATELLA_CSV_MANIFEST_FILE      "patella-export.txt"
#define PATELLA_CSV_MANIFEST_MAGIC     "Patella CSV export 1"

/* Header rows: the format, shared with the importer. */
#define PATELLA_CSV_SESSION_HEADER \
  "started,ended,day,state,pain_before,pain_after,note"
#define PATELLA_CSV_SET_HEADER \
  "session_started,exercise,side,set_number,reps_planned,reps_done," \
  "hold_s_planned,hold_s_done,pain_during,started,ended,substituted"
#define PATELLA_CSV_PAIN_HEADER \
  "day,usual,worst,contexts,warning_signs,note,recorded,updated"
#define PATELLA_CSV_QUESTIONNAIRE_HEADER \
  "kind,day,answers,score,recorded"

gboolean  patella_csv_export         (PatellaStore *store,
                                      const char   *dir,
                                      GError      **error);

/* The same in a worker thread; see patella_csv_import_async() for the
 * thread rule and the progress callback. */
void      patella_csv_export_async   (PatellaStore        *store,
                                      const char          *dir,
                                      GCancellable        *cancellable,
                                      PatellaProgressFunc  progress,
                                      gpointer             progress_data,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean  patella_csv_export_finish  (PatellaStore        *store,
                                      GAsyncResult        *result,
                                      GError             **error);

/* Helpers shared with the importer and tests. */
void      patella_csv_append_field   (GString      *line,
                                      const char   *value);
char     *patella_csv_format_instant (gint64        utc_us);

G_END_DECLS
