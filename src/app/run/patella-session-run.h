/* patella-session-run.h: one session under way: the engine, its store rows, pain and swaps
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-engine.h"
#include "patella-store.h"

G_BEGIN_DECLS

/* From this pain during a wall squat on, Patella suggests straight-leg
 * raises instead (PROGRAM.md, source 001: stop, do not push through). */
#define PATELLA_WALL_SQUAT_PAIN_LIMIT 4

/* The wall squat's first set is asked about once this many reps are done
 * (a shorter set is asked about at its end). */
#define PATELLA_WALL_SQUAT_FIRST_REPS 3

/* Pain during any exercise above this is too much (the pain-monitoring
 * model allows up to 5 out of 10 during the work). */
#define PATELLA_PAIN_DURING_LIMIT 5

/* Why the pain question is on screen. */
typedef enum
{
  PATELLA_PAIN_QUESTION_NONE,
  PATELLA_PAIN_QUESTION_EXERCISE_DONE,  /* after an exercise: the session waits */
  PATELLA_PAIN_QUESTION_REST,           /* between wall squat sets: the rest runs on */
  PATELLA_PAIN_QUESTION_REPORT,         /* the user said the knee hurts: the session waits */
  PATELLA_PAIN_QUESTION_FIRST_REPS,     /* the wall squat's first reps: the session waits */
} PatellaPainQuestion;

/* What an answer leads to. */
typedef enum
{
  PATELLA_PAIN_ADVICE_NONE,             /* go on */
  PATELLA_PAIN_ADVICE_STOP,             /* stop wall squats until the knee is better */
  PATELLA_PAIN_ADVICE_SWAP,             /* the same, and offer straight-leg raises now */
  PATELLA_PAIN_ADVICE_SWAP_FROM_NOW,    /* the squats are over: offer the raises from now on */
  PATELLA_PAIN_ADVICE_TOO_MUCH,         /* above the limit: offer to stop the exercise */
  PATELLA_PAIN_ADVICE_TOO_MUCH_DONE,    /* above the limit, the exercise over: advice alone */
} PatellaPainAdvice;

#define PATELLA_TYPE_SESSION_RUN (patella_session_run_get_type ())
G_DECLARE_FINAL_TYPE (PatellaSessionRun, patella_session_run, PATELLA, SESSION_RUN, GObject)

/* session_id 0 starts a new session at begin(); another id continues that
 * in-progress session (the timeline then starts at its next unfinished
 * set). Signal "save-failed" (GError *): a finished set could not be
 * written; the session goes on. Property "wall-squat-swapped": the user
 * chose straight-leg raises instead of wall squats until the knee settles
 * (notified when it turns on, for whoever keeps the plan). */
PatellaSessionRun *patella_session_run_new             (PatellaStore      *store,
                                                        PatellaClock      *clock,
                                                        PatellaTimeline   *timeline,
                                                        gint64             session_id);

PatellaEngine     *patella_session_run_get_engine      (PatellaSessionRun *self);
PatellaStore      *patella_session_run_get_store       (PatellaSessionRun *self);
gint64             patella_session_run_get_session_id  (PatellaSessionRun *self);

/* Records the session with its pain before (PATELLA_STORE_NO_PAIN: not
 * given) unless it continues one, then starts the engine. */
gboolean           patella_session_run_begin           (PatellaSessionRun *self,
                                                        int                pain_before,
                                                        GError           **error);
/* The worst pain reported during an exercise is kept on all its sets. */
gboolean           patella_session_run_record_pain     (PatellaSessionRun *self,
                                                        const char        *exercise_id,
                                                        int                pain,
                                                        GError           **error);
int                patella_session_run_get_pain        (PatellaSessionRun *self,
                                                        const char        *exercise_id);
gboolean           patella_session_run_has_finished_set (PatellaSessionRun *self,
                                                        const char        *exercise_id);
PatellaPainQuestion patella_session_run_take_question  (PatellaSessionRun *self);
PatellaPainAdvice  patella_session_run_advise          (PatellaSessionRun  *self,
                                                        PatellaPainQuestion question,
                                                        const char         *exercise_id,
                                                        int                 pain);
gboolean           patella_session_run_can_swap_wall_squat (PatellaSessionRun *self);
gboolean           patella_session_run_swap_wall_squat (PatellaSessionRun *self,
                                                        GError           **error);
void               patella_session_run_swap_wall_squat_from_now (PatellaSessionRun *self,
                                                        int                pain);
gboolean           patella_session_run_get_wall_squat_swapped (PatellaSessionRun *self);
int                patella_session_run_get_swap_pain   (PatellaSessionRun *self);
gboolean           patella_session_run_can_stop_exercise (PatellaSessionRun *self,
                                                        const char        *exercise_id);
gboolean           patella_session_run_stop_exercise   (PatellaSessionRun *self,
                                                        GError           **error);
/* After the engine finished on its own: completed, with the pain after. */
gboolean           patella_session_run_complete        (PatellaSessionRun *self,
                                                        int                pain_after,
                                                        GError           **error);
/* Leaving early: the set under way is kept, the session is abandoned. */
gboolean           patella_session_run_abandon         (PatellaSessionRun *self,
                                                        GError           **error);

/* Where an interrupted session goes on: the first set, in plan order,
 * after the furthest one it recorded. FALSE (error unset) when it has
 * nothing left to do. */
gboolean           patella_session_run_find_resume_point (PatellaStore           *store,
                                                          gint64                  session_id,
                                                          const PatellaTimelineItem *items,
                                                          guint                   n_items,
                                                          PatellaSide             affected,
                                                          PatellaTimelineOptions *options,
                                                          GError                **error);

G_END_DECLS
