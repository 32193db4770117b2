/* patella-session-run.c: one session under way: the engine, its store rows, pain and swaps
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-session-run.h"
#include "patella-session-run-private.h"

#define STRAIGHT_LEG_RAISE PATELLA_SESSION_RUN_STRAIGHT_LEG_RAISE


G_DEFINE_FINAL_TYPE (PatellaSessionRun, patella_session_run, G_TYPE_OBJECT)

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_WALL_SQUAT_SWAPPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
patella_session_run_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PatellaSessionRun *self = PATELLA_SESSION_RUN (object);

  switch (prop_id)
    {
    case PROP_WALL_SQUAT_SWAPPED:
      g_value_set_boolean (value, self->wall_squat_swapped);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_finished_cb (PatellaEngine          *engine,
                 const PatellaSetRecord *record,
                 PatellaSessionRun      *self)
{
  g_autoptr(GError) error = NULL;
  PatellaStoreSet set = { 0 };
  int pain;

  g_hash_table_add (self->finished, (gpointer) g_intern_string (record->exercise_id));

  set.exercise_id = record->exercise_id;
  set.side = _patella_session_run_store_side (record->side);
  set.set_number = (int) record->set;
  /* The store keys a set by exercise, side and number: a swapped-in
   * exercise that the plan also holds numbers its sets after the planned
   * ones, so neither overwrites the other. */
  if (record->substituted)
    set.set_number += GPOINTER_TO_INT (g_hash_table_lookup (self->planned_sets,
                                                            record->exercise_id));
  set.reps_planned = (int) record->reps_planned;
  set.reps_done = (int) record->reps_done;
  set.hold_s_planned = (int) round (record->hold_seconds_planned);
  set.hold_s_done = (int) round (record->hold_seconds_done);
  pain = patella_session_run_get_pain (self, record->exercise_id);
  set.pain_during = pain;
  set.started_us = record->started_usec;
  set.ended_us = MAX (record->ended_usec, record->started_usec);
  set.substituted = record->substituted;

  if (!patella_store_add_set (self->store, self->session_id, &set, NULL, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

/**
 * patella_session_run_new:
 * @store: where the session and its sets are recorded
 * @clock: the clock the engine runs on
 * @timeline: the plan, expanded
 * @session_id: 0 for a new session, or the id of an in-progress one to go on with
 *
 * Returns: (transfer full): a run whose engine is ready to start
 */
PatellaSessionRun *
patella_session_run_new (PatellaStore    *store,
                         PatellaClock    *clock,
                         PatellaTimeline *timeline,
                         gint64           session_id)
{
  PatellaSessionRun *self;
  guint n_items;

  g_return_val_if_fail (PATELLA_IS_STORE (store), NULL);
  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (PATELLA_IS_TIMELINE (timeline), NULL);
  g_return_val_if_fail (session_id >= 0, NULL);

  self = g_object_new (PATELLA_TYPE_SESSION_RUN, NULL);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (clock);
  self->session_id = session_id;
  self->continues = session_id > 0;
  self->engine = patella_engine_new (clock, timeline);
  g_signal_connect_object (self->engine, "set-finished",
                           G_CALLBACK (set_finished_cb), self, 0);

  n_items = patella_timeline_get_n_items (timeline);
  for (guint i = 0; i < n_items; i++)
    {
      PatellaExercise *exercise = patella_timeline_get_item_exercise (timeline, i);
      const PatellaDose *dose = patella_timeline_get_item_dose (timeline, i);
      const char *id = patella_exercise_get_id (exercise);
      int sets = GPOINTER_TO_INT (g_hash_table_lookup (self->planned_sets, id));

      g_hash_table_insert (self->planned_sets, (gpointer) id,
                           GINT_TO_POINTER (sets + dose->sets));
      if (g_str_equal (id, STRAIGHT_LEG_RAISE) && !self->has_slr_dose)
        {
          self->slr_dose = *dose;
          self->has_slr_dose = TRUE;
        }
    }

  return self;
}

/**
 * patella_session_run_get_engine:
 *
 * Returns: (transfer none): the engine that walks the timeline
 */
PatellaEngine *
patella_session_run_get_engine (PatellaSessionRun *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), NULL);

  return self->engine;
}

/**
 * patella_session_run_get_store:
 *
 * Returns: (transfer none): the store the run writes to
 */
PatellaStore *
patella_session_run_get_store (PatellaSessionRun *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), NULL);

  return self->store;
}

/**
 * patella_session_run_get_session_id:
 *
 * Returns: the session's id in the store; 0 before a new one begins
 */
gint64
patella_session_run_get_session_id (PatellaSessionRun *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), 0);

  return self->session_id;
}

static GDateTime *
local_now (PatellaSessionRun *self)
{
  gint64 wall = patella_clock_get_wall_usec (self->clock);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (wall / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = g_date_time_add (utc, wall % G_USEC_PER_SEC);

  return g_date_time_to_local (exact);
}

/**
 * patella_session_run_begin:
 * @pain_before: 0 to 10, or %PATELLA_STORE_NO_PAIN when not given
 * @error: where a store failure is told
 *
 * Records a new session with its pain before (a resumed one is already
 * recorded), then starts the engine.
 *
 * Returns: %FALSE if the session could not be recorded
 */
gboolean
patella_session_run_begin (PatellaSessionRun  *self,
                           int                 pain_before,
                           GError            **error)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);
  g_return_val_if_fail (patella_engine_get_state (self->engine) == PATELLA_ENGINE_READY, FALSE);

  if (!self->continues)
    {
      g_autoptr(GDateTime) now = local_now (self);

      self->session_id = patella_store_begin_session (self->store, now, pain_before, error);
      if (self->session_id == 0)
        return FALSE;
    }

  patella_engine_start (self->engine);

  return TRUE;
}

/**
 * patella_session_run_get_pain:
 * @exercise_id: an exercise's id
 *
 * Returns: the worst pain reported during @exercise_id in this run, or
 *   %PATELLA_STORE_NO_PAIN
 */
int
patella_session_run_get_pain (PatellaSessionRun *self,
                              const char        *exercise_id)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), PATELLA_STORE_NO_PAIN);

  /* Stored plus one, so 0 can be told from "not asked". */
  return GPOINTER_TO_INT (g_hash_table_lookup (self->pain, exercise_id)) - 1;
}

/**
 * patella_session_run_record_pain:
 * @exercise_id: the exercise the pain was felt in
 * @pain: 0 to 10
 * @error: where a store failure is told
 *
 * Keeps the worst pain reported during an exercise on all its sets,
 * those recorded and those to come.
 *
 * Returns: %FALSE if the sets already recorded could not be updated
 */
gboolean
patella_session_run_record_pain (PatellaSessionRun  *self,
                                 const char         *exercise_id,
                                 int                 pain,
                                 GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  int worst;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (pain >= 0 && pain <= 10, FALSE);

  worst = MAX (pain, patella_session_run_get_pain (self, exercise_id));
  g_hash_table_insert (self->pain, (gpointer) g_intern_string (exercise_id),
                       GINT_TO_POINTER (worst + 1));

  if (patella_store_set_pain_during (self->store, self->session_id, exercise_id, worst,
                                     &local_error))
    return TRUE;

  /* Reported during the exercise's first set, which has no row until it
   * ends: the score is kept above and goes in with that set. */
  if (g_error_matches (local_error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_NOT_FOUND))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * patella_session_run_has_finished_set:
 * @exercise_id: an exercise's id
 *
 * Returns: whether a set of @exercise_id finished during this run (sets
 *   stored before a resume do not count)
 */
gboolean
patella_session_run_has_finished_set (PatellaSessionRun *self,
                                      const char        *exercise_id)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  return g_hash_table_contains (self->finished, g_intern_string (exercise_id));
}

/**
 * patella_session_run_complete:
 * @pain_after: 0 to 10, or %PATELLA_STORE_NO_PAIN when not given
 * @error: where a store failure is told
 *
 * Ends the session after its summary with its honest outcome: completed
 * when every planned exercise was done or swapped, partial when some were
 * skipped or cut short, abandoned when nothing was done.
 *
 * Returns: %FALSE if the store could not be read or written
 */
gboolean
patella_session_run_complete (PatellaSessionRun  *self,
                              int                 pain_after,
                              GError            **error)
{
  PatellaSessionState state;
  gboolean ran_to_end;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);
  g_return_val_if_fail (self->session_id > 0, FALSE);

  ran_to_end = patella_engine_get_state (self->engine) == PATELLA_ENGINE_FINISHED;
  if (!ran_to_end)
    patella_engine_finish (self->engine);

  state = _patella_session_run_outcome (self->store, self->session_id,
                                        patella_engine_get_timeline (self->engine),
                                        ran_to_end, error);
  if (state == PATELLA_SESSION_STATE_IN_PROGRESS)
    return FALSE;

  return patella_store_end_session (self->store, self->session_id, state,
                                    patella_clock_get_wall_usec (self->clock),
                                    pain_after, error);
}

/**
 * patella_session_run_abandon:
 * @error: where a store failure is told
 *
 * Leaving early: the set under way is recorded with the reps done so far,
 * and the session is marked abandoned.
 *
 * Returns: %FALSE if the store could not be written
 */
gboolean
patella_session_run_abandon (PatellaSessionRun  *self,
                             GError            **error)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  if (self->session_id == 0)
    return TRUE;

  /* The engine records the set under way before the session closes. */
  if (patella_engine_get_state (self->engine) != PATELLA_ENGINE_FINISHED)
    patella_engine_finish (self->engine);

  return patella_store_abandon_session (self->store, self->session_id,
                                        patella_clock_get_wall_usec (self->clock), error);
}

static void
patella_session_run_dispose (GObject *object)
{
  PatellaSessionRun *self = PATELLA_SESSION_RUN (object);

  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_clear_object (&self->engine);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (patella_session_run_parent_class)->dispose (object);
}

static void
patella_session_run_finalize (GObject *object)
{
  PatellaSessionRun *self = PATELLA_SESSION_RUN (object);

  g_clear_pointer (&self->planned_sets, g_hash_table_unref);
  g_clear_pointer (&self->pain, g_hash_table_unref);
  g_clear_pointer (&self->finished, g_hash_table_unref);

  G_OBJECT_CLASS (patella_session_run_parent_class)->finalize (object);
}

static void
patella_session_run_class_init (PatellaSessionRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = patella_session_run_dispose;
  object_class->finalize = patella_session_run_finalize;
  object_class->get_property = patella_session_run_get_property;

  properties[PROP_WALL_SQUAT_SWAPPED] =
    g_param_spec_boolean ("wall-squat-swapped", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
patella_session_run_init (PatellaSessionRun *self)
{
  /* Keys are the exercises' own (static) id strings, or interned ones. */
  self->planned_sets = g_hash_table_new (g_str_hash, g_str_equal);
  self->pain = g_hash_table_new (g_str_hash, g_str_equal);
  self->finished = g_hash_table_new (g_str_hash, g_str_equal);
  self->swap_pain = PATELLA_STORE_NO_PAIN;
}
