/* patella-store-private.h: what the store's source files share, and test hooks
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "patella-store.h"

G_BEGIN_DECLS

struct _PatellaStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;  /* static SQL text -> sqlite3_stmt, prepared once */
  GListStore *pain_model;  /* PatellaPainItem newest first; NULL until asked for */
  gboolean    checked;     /* passed PRAGMA quick_check: writes may go ahead */
};

/* The limits of the schema's CHECKs, shared by the store's own checks and
 * the CSV column list, so a person hears of them before SQLite does. */
#define PATELLA_STORE_EXERCISE_ID_MAX 64
#define PATELLA_STORE_SET_NUMBER_MAX  100
#define PATELLA_STORE_REPS_MAX        1000
#define PATELLA_STORE_HOLD_S_MAX      36000
#define PATELLA_STORE_KIND_MAX        32
#define PATELLA_STORE_ANSWERS_MAX     200
/* Characters, as SQLite's length() counts them in the schema's CHECK. */
#define PATELLA_STORE_NOTE_MAX        PATELLA_PAIN_NOTE_MAX

/* A cached statement, handed back (reset, bindings cleared) at scope end. */
typedef sqlite3_stmt PatellaStmt;

void          _patella_stmt_release            (PatellaStmt   *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaStmt, _patella_stmt_release)

PatellaStmt  *_patella_store_prepare           (PatellaStore  *self,
                                                const char    *sql,
                                                GError       **error);
gboolean      _patella_store_check_open        (PatellaStore  *self,
                                                GError       **error);
gboolean      _patella_store_begin             (PatellaStore  *self,
                                                GError       **error);
gboolean      _patella_store_commit            (PatellaStore  *self,
                                                GError       **error);
void          _patella_store_rollback          (PatellaStore  *self);
gboolean      _patella_store_step_done         (PatellaStore  *self,
                                                PatellaStmt   *stmt,
                                                GError       **error);
gboolean      _patella_store_fail              (PatellaStore  *self,
                                                int            rc,
                                                GError       **error);
void          _patella_store_emit_changed      (PatellaStore  *self,
                                                const char    *table);
void          _patella_store_reload_pain_model (PatellaStore  *self);
char         *_patella_store_keep_aside        (const char    *path,
                                                GError       **error);
gboolean      _patella_store_reopen            (PatellaStore  *self,
                                                GError       **error);
int           _patella_store_rename_no_replace (const char    *src,
                                                const char    *dst);
void          _patella_store_fsync_dir         (const char    *dir);
void          _patella_store_remove_temp_database (const char *tmp);
gboolean      _patella_store_quick_check       (sqlite3       *db,
                                                const char    *path,
                                                GError       **error);

/* Maps an SQLite result to our codes, with a message naming the file. */
void          _patella_store_set_sqlite_error  (GError       **error,
                                                int            rc,
                                                sqlite3       *db,
                                                const char    *path);
void          _patella_store_set_file_error    (GError       **error,
                                                PatellaStoreError code,
                                                const char    *path);
PatellaStoreError _patella_store_error_from_errno (int          errsv);

void          _patella_store_bind_pain         (sqlite3_stmt  *stmt,
                                                int            param,
                                                int            pain);
gboolean      _patella_store_note_is_valid     (const char    *note);
const char   *_patella_store_state_to_string   (PatellaSessionState state);
gboolean      _patella_store_state_from_string (const char    *text,
                                                PatellaSessionState *state);
const char   *_patella_store_side_to_string    (PatellaStoreSide side);
gboolean      _patella_store_side_from_string  (const char    *text,
                                                PatellaStoreSide *side);
gboolean      _patella_store_validate_set      (const PatellaStoreSet *set,
                                                GError       **error);
gboolean      _patella_store_validate_answers  (const char    *kind,
                                                const char    *answers,
                                                int            score,
                                                GError       **error);
gboolean      _patella_store_check_kujala      (const char    *answers,
                                                int            score,
                                                gboolean      *score_wrong,
                                                GError       **error);

static inline gint64
patella_store_usec (GDateTime *time)
{
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* The program's history (patella-store-program.c) and the user's own
 * exercises (patella-store-plan.c). The insert runs inside the caller's
 * transaction and rolls it back on failure. */
#include "patella-store-program.h"
gboolean      _patella_store_insert_dose_change (PatellaStore     *self,
                                                 gint64            program_id,
                                                 const char       *exercise_id,
                                                 const char       *day,
                                                 gint64            recorded_us,
                                                 PatellaDoseReason reason,
                                                 PatellaPlanEvent  event,
                                                 const PatellaDose *dose,
                                                 const char       *note,
                                                 GError          **error);
void          _patella_store_bind_dose          (sqlite3_stmt     *stmt,
                                                 int               first,
                                                 const PatellaDose *dose);
void          _patella_store_column_dose        (sqlite3_stmt     *stmt,
                                                 int               first,
                                                 PatellaDose      *dose);
gboolean      _patella_store_load_custom_exercises (PatellaStore  *self,
                                                 GError          **error);

/* A restore in two halves: the copy (any thread), then the switch. */
typedef struct _PatellaProgress PatellaProgress;
char         *_patella_backup_stage            (const char      *db_path,
                                                const char      *backup_path,
                                                GCancellable    *cancellable,
                                                PatellaProgress *progress,
                                                GError         **error);
PatellaStore *_patella_backup_switch           (PatellaStore    *self,
                                                const char      *copy,
                                                char           **renamed_to,
                                                GError         **error);

/* Tests only: how long to wait for another program's lock (default 3 s). */
void          _patella_store_set_busy_timeout  (guint          msec);

/* patella-store-file.c: the file as it is before SQLite writes to it */
gboolean      _patella_store_set_errno_error     (GError       **error,
                                                  int            errsv,
                                                  const char    *path);
gboolean      _patella_store_check_existing_file (const char    *path,
                                                  GError       **error);
gboolean      _patella_store_check_owner         (sqlite3       *db,
                                                  const char    *path,
                                                  int           *version,
                                                  int           *n_objects,
                                                  GError       **error);
gboolean      _patella_store_probe_owner         (const char    *path,
                                                  GError       **error);
gboolean      _patella_store_is_writable         (const char    *path);
gboolean      _patella_store_check_writable      (const char    *path,
                                                  gboolean       file_exists,
                                                  GError       **error);
int           _patella_store_query_int           (sqlite3       *db,
                                                  const char    *sql,
                                                  int           *value);

G_END_DECLS
