/* patella-store.h: the diary database: sessions, sets, daily pain, questionnaires
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-daily-series.h"
#include "patella-pain-entry.h"
#include "patella-store-error.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_STORE (patella_store_get_type ())
G_DECLARE_FINAL_TYPE (PatellaStore, patella_store, PATELLA, STORE, GObject)

/* Long tasks (import, export, restore) report how far they are, from 0 to
 * 1, through this, called in the main context that started them. */
typedef void (*PatellaProgressFunc) (double   fraction,
                                     gpointer user_data);

/* Opening. Every write is its own transaction, committed with
 * synchronous=FULL before the call returns. */
PatellaStore *patella_store_open               (const char    *path,
                                                GError       **error);
PatellaStore *patella_store_open_fresh_beside  (const char    *path,
                                                char         **renamed_to,
                                                GError       **error);
const char   *patella_store_get_path           (PatellaStore  *self);
void          patella_store_close              (PatellaStore  *self);
gboolean      patella_store_is_open            (PatellaStore  *self);

/* Sessions and their sets. */
typedef enum
{
  PATELLA_SESSION_STATE_IN_PROGRESS,
  PATELLA_SESSION_STATE_COMPLETED,
  PATELLA_SESSION_STATE_ABANDONED,
  PATELLA_SESSION_STATE_PARTIAL,     /* ended with some planned work skipped or cut short */
} PatellaSessionState;

typedef enum
{
  PATELLA_STORE_SIDE_BOTH,   /* both legs at once, or no side */
  PATELLA_STORE_SIDE_LEFT,
  PATELLA_STORE_SIDE_RIGHT,
} PatellaStoreSide;

#define PATELLA_STORE_NO_PAIN (-1)  /* "not asked" or "skipped" for any 0-10 pain */

typedef struct
{
  gint64              id;
  gint64              started_us;  /* UTC µs */
  gint64              ended_us;    /* UTC µs, 0 while in progress */
  char                day[PATELLA_LOCAL_DAY_LEN + 1];     /* local day it started */
  PatellaSessionState state;
  int                 pain_before; /* 0-10 or PATELLA_STORE_NO_PAIN */
  int                 pain_after;
  char               *note;
} PatellaStoreSession;

/* One finished set, as plain values (no engine types). Hold seconds are
 * totals for the set: planned = reps x hold, done = what was held. */
typedef struct
{
  gint64           id;              /* filled by the store */
  gint64           session_id;      /* filled by the store */
  const char      *exercise_id;     /* an interned string when read back */
  PatellaStoreSide side;
  int              set_number;      /* 1-based, per exercise and side */
  int              reps_planned;
  int              reps_done;
  int              hold_s_planned;
  int              hold_s_done;
  int              pain_during;     /* 0-10 or PATELLA_STORE_NO_PAIN */
  gint64           started_us;
  gint64           ended_us;
  gboolean         substituted;     /* done in place of another exercise */
} PatellaStoreSet;

void                 patella_store_session_free          (PatellaStoreSession *session);

gint64               patella_store_begin_session         (PatellaStore        *self,
                                                          GDateTime           *started,
                                                          int                  pain_before,
                                                          GError             **error);
gboolean             patella_store_add_set               (PatellaStore        *self,
                                                          gint64               session_id,
                                                          const PatellaStoreSet *set,
                                                          gint64              *set_id,
                                                          GError             **error);
gboolean             patella_store_finish_session        (PatellaStore        *self,
                                                          gint64               session_id,
                                                          gint64               ended_us,
                                                          int                  pain_after,
                                                          GError             **error);
gboolean             patella_store_end_session           (PatellaStore        *self,
                                                          gint64               session_id,
                                                          PatellaSessionState  state,
                                                          gint64               ended_us,
                                                          int                  pain_after,
                                                          GError             **error);
gboolean             patella_store_abandon_session       (PatellaStore        *self,
                                                          gint64               session_id,
                                                          gint64               ended_us,
                                                          GError             **error);
gboolean             patella_store_set_session_note      (PatellaStore        *self,
                                                          gint64               session_id,
                                                          const char          *note,
                                                          GError             **error);
PatellaStoreSession *patella_store_get_session           (PatellaStore        *self,
                                                          gint64               session_id,
                                                          GError             **error);
PatellaStoreSession *patella_store_find_day_session      (PatellaStore        *self,
                                                          const char          *day,
                                                          GError             **error);
PatellaStoreSession *patella_store_find_in_progress      (PatellaStore        *self,
                                                          GError             **error);
GArray              *patella_store_list_sets             (PatellaStore        *self,
                                                          gint64               session_id,
                                                          GError             **error);
gboolean             patella_store_set_pain_during       (PatellaStore        *self,
                                                          gint64               session_id,
                                                          const char          *exercise_id,
                                                          int                  pain,
                                                          GError             **error);

/* Daily pain: one entry per local day. now is the user's local time (NULL:
 * the clock); it stamps the entry and decides which days are in the future. */
gboolean          patella_store_save_pain              (PatellaStore           *self,
                                                        const PatellaPainEntry *entry,
                                                        GDateTime              *now,
                                                        GError                **error);
gboolean          patella_store_restore_pain           (PatellaStore           *self,
                                                        const PatellaPainEntry *entry,
                                                        GError                **error);
PatellaPainEntry *patella_store_get_pain               (PatellaStore           *self,
                                                        const char             *day,
                                                        GError                **error);
PatellaPainEntry *patella_store_delete_pain            (PatellaStore           *self,
                                                        const char             *day,
                                                        GError                **error);
GPtrArray        *patella_store_list_pain              (PatellaStore           *self,
                                                        GError                **error);
GListModel       *patella_store_get_pain_model         (PatellaStore           *self,
                                                        GError                **error);
gboolean          patella_store_get_recent_warning_signs (PatellaStore         *self,
                                                        GDateTime              *now,
                                                        guint                   n_days,
                                                        PatellaWarningSign     *signs,
                                                        char                    latest_day[PATELLA_LOCAL_DAY_LEN + 1],
                                                        GError                **error);

/* Questionnaires: one per kind and day; saving again that day replaces it. */
#define PATELLA_QUESTIONNAIRE_KUJALA "kujala"

typedef struct
{
  gint64 id;
  char  *kind;
  char   day[PATELLA_LOCAL_DAY_LEN + 1];
  char  *answers;      /* the answer indexes, comma separated: "0,2,1,..." */
  int    score;
  gint64 recorded_us;
} PatellaStoreQuestionnaire;

void       patella_store_questionnaire_free  (PatellaStoreQuestionnaire *q);
gboolean   patella_store_save_questionnaire  (PatellaStore              *self,
                                              const char                *kind,
                                              const char                *day,
                                              const char                *answers,
                                              int                        score,
                                              GDateTime                 *now,
                                              GError                   **error);
GPtrArray *patella_store_list_questionnaires (PatellaStore              *self,
                                              const char                *kind,
                                              GError                   **error);
gboolean   patella_store_get_questionnaire_ends (PatellaStore               *self,
                                                 const char                 *kind,
                                                 PatellaStoreQuestionnaire **first,
                                                 PatellaStoreQuestionnaire **last,
                                                 GError                    **error);

/* Statistics for charts: pain and training per day over [first, last]. */
PatellaDailySeries *patella_store_load_daily_series (PatellaStore  *self,
                                                     const GDate   *first,
                                                     const GDate   *last,
                                                     guint          target_days_per_week,
                                                     GError       **error);

gboolean            patella_store_get_first_day     (PatellaStore  *self,
                                                     char           day[PATELLA_LOCAL_DAY_LEN + 1],
                                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaStoreSession, patella_store_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaStoreQuestionnaire, patella_store_questionnaire_free)

G_END_DECLS
