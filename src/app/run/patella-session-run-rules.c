/* patella-session-run-rules.c: when a session asks about pain, and what an answer leads to
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two safety rules, both from PROGRAM.md:
 * - the wall squat: pain at the kneecap means stop (source 001). It is
 *   asked about after the first set's first reps, at each rest, and after
 *   the exercise; from PATELLA_WALL_SQUAT_PAIN_LIMIT on, straight-leg raises
 *   are offered in its place, today and until the knee settles.
 * - any exercise: pain during above PATELLA_PAIN_DURING_LIMIT is too much
 *   (the pain-monitoring model); the rest of the exercise can be stopped.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-catalogue.h"
#include "patella-session-run.h"
#include "patella-session-run-private.h"

#define WALL_SQUAT PATELLA_SESSION_RUN_WALL_SQUAT
#define STRAIGHT_LEG_RAISE PATELLA_SESSION_RUN_STRAIGHT_LEG_RAISE

/* A wall squat rep of the first set past its first few, not swapped in:
 * where the first-reps question belongs. A set too short to get there is
 * asked about at its end (its rest, or the exercise's end). */
static gboolean
past_first_reps (const PatellaPhase *phase,
                 const char         *id)
{
  return g_str_equal (id, WALL_SQUAT)
         && !phase->substituted
         && phase->set == 1
         && phase->rep > PATELLA_WALL_SQUAT_FIRST_REPS
         && patella_phase_kind_is_work (phase->kind);
}

/**
 * patella_session_run_take_question:
 *
 * Asked at each phase change while no question is on screen: which pain
 * question the phase brings. At the end of an exercise that had a set
 * done in this run, the exercise question, once per phase (going back
 * and forth does not ask again); in a wall squat's first set, once its
 * first %PATELLA_WALL_SQUAT_FIRST_REPS reps are done, the first-reps
 * question, once per run; in a wall squat's rest (not swapped-in sets),
 * the rest question, which the rest runs on under.
 *
 * Returns: the question to ask now, or %PATELLA_PAIN_QUESTION_NONE
 */
PatellaPainQuestion
patella_session_run_take_question (PatellaSessionRun *self)
{
  const PatellaPhase *phase;
  PatellaExercise *exercise;
  PatellaPhaseKind kind;
  const char *id;
  guint index;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), PATELLA_PAIN_QUESTION_NONE);

  if (patella_engine_get_state (self->engine) != PATELLA_ENGINE_RUNNING)
    return PATELLA_PAIN_QUESTION_NONE;

  kind = patella_engine_get_phase_kind (self->engine);
  exercise = patella_engine_get_exercise (self->engine);
  phase = patella_engine_get_phase (self->engine);
  index = patella_engine_get_phase_index (self->engine);
  if (exercise == NULL || phase == NULL)
    return PATELLA_PAIN_QUESTION_NONE;
  id = patella_exercise_get_id (exercise);

  if (kind == PATELLA_PHASE_EXERCISE_DONE
      && self->asked_phase != index + 1
      && patella_session_run_has_finished_set (self, id))
    {
      self->asked_phase = index + 1;
      return PATELLA_PAIN_QUESTION_EXERCISE_DONE;
    }

  if (!self->asked_first_reps && past_first_reps (phase, id))
    {
      self->asked_first_reps = TRUE;
      return PATELLA_PAIN_QUESTION_FIRST_REPS;
    }

  if (kind == PATELLA_PHASE_REST
      && g_str_equal (id, WALL_SQUAT)
      && !phase->substituted)
    return PATELLA_PAIN_QUESTION_REST;

  return PATELLA_PAIN_QUESTION_NONE;
}

/**
 * patella_session_run_advise:
 * @question: why the user was asked
 * @exercise_id: the exercise the question was about
 * @pain: the answer, 0 to 10, or %PATELLA_STORE_NO_PAIN when skipped
 *
 * The wall squat rule: from %PATELLA_WALL_SQUAT_PAIN_LIMIT on during a wall
 * squat, stop. While squat sets are left, straight-leg raises are offered
 * in their place; once the squats are over, in their place from now on,
 * unless the user already chose that.
 *
 * Any other exercise: above %PATELLA_PAIN_DURING_LIMIT, the pain is too
 * much; while the exercise is under way, stopping it is offered.
 *
 * Returns: what the answer leads to
 */
PatellaPainAdvice
patella_session_run_advise (PatellaSessionRun  *self,
                            PatellaPainQuestion question,
                            const char         *exercise_id,
                            int                 pain)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), PATELLA_PAIN_ADVICE_NONE);

  if (exercise_id == NULL || pain == PATELLA_STORE_NO_PAIN)
    return PATELLA_PAIN_ADVICE_NONE;

  if (g_str_equal (exercise_id, WALL_SQUAT))
    {
      if (pain < PATELLA_WALL_SQUAT_PAIN_LIMIT)
        return PATELLA_PAIN_ADVICE_NONE;
      if (patella_session_run_can_swap_wall_squat (self))
        return PATELLA_PAIN_ADVICE_SWAP;
      /* The squats are over (or never began): the swap can only be for
       * the sessions to come. */
      if (!self->wall_squat_swapped
          && patella_engine_get_state (self->engine) != PATELLA_ENGINE_READY)
        return PATELLA_PAIN_ADVICE_SWAP_FROM_NOW;
      return PATELLA_PAIN_ADVICE_STOP;
    }

  if (pain <= PATELLA_PAIN_DURING_LIMIT)
    return PATELLA_PAIN_ADVICE_NONE;

  return patella_session_run_can_stop_exercise (self, exercise_id)
         ? PATELLA_PAIN_ADVICE_TOO_MUCH
         : PATELLA_PAIN_ADVICE_TOO_MUCH_DONE;
}

/**
 * patella_session_run_can_swap_wall_squat:
 *
 * Returns: whether the wall squat is under way with sets left to swap
 */
gboolean
patella_session_run_can_swap_wall_squat (PatellaSessionRun *self)
{
  PatellaEngineState state;
  PatellaExercise *exercise;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  state = patella_engine_get_state (self->engine);
  if (state != PATELLA_ENGINE_RUNNING && state != PATELLA_ENGINE_PAUSED)
    return FALSE;

  /* Once the wall squat is done, a substitution would replace the next
   * exercise instead: nothing is left to swap. */
  exercise = patella_engine_get_exercise (self->engine);
  return exercise != NULL
         && g_str_equal (patella_exercise_get_id (exercise), WALL_SQUAT)
         && patella_engine_get_phase_kind (self->engine) != PATELLA_PHASE_EXERCISE_DONE
         && !patella_engine_get_phase (self->engine)->substituted;
}

static void
mark_swapped (PatellaSessionRun *self,
              int                pain)
{
  self->swap_pain = MAX (self->swap_pain, pain);
  if (self->wall_squat_swapped)
    return;

  self->wall_squat_swapped = TRUE;
  g_object_notify (G_OBJECT (self), "wall-squat-swapped");
}

/**
 * patella_session_run_swap_wall_squat:
 * @error: %PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE when no squat set is left
 *
 * Replaces the wall squat sets left with straight-leg raises, at the
 * plan's own raise dose when it has one. Their sets are numbered after
 * the plan's raises in the store. The swap also holds from now on (see
 * patella_session_run_swap_wall_squat_from_now()), for the worst kneecap
 * pain reported during the squats.
 *
 * Returns: whether the raises took over
 */
gboolean
patella_session_run_swap_wall_squat (PatellaSessionRun  *self,
                                     GError            **error)
{
  PatellaExercise *slr;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  if (!patella_session_run_can_swap_wall_squat (self))
    {
      g_set_error_literal (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE,
                           _("No wall squat sets are left to replace."));
      return FALSE;
    }

  /* The plan's own straight-leg raise dose, when it has one, so the swap
   * matches what the user already does. */
  slr = patella_catalogue_lookup (patella_catalogue_get_default (), STRAIGHT_LEG_RAISE);
  if (!patella_engine_substitute (self->engine, slr,
                                  self->has_slr_dose ? &self->slr_dose : NULL, error))
    return FALSE;

  mark_swapped (self, patella_session_run_get_pain (self, WALL_SQUAT));
  return TRUE;
}

/**
 * patella_session_run_swap_wall_squat_from_now:
 * @pain: the kneecap pain that led to it, 0 to 10, or %PATELLA_STORE_NO_PAIN
 *
 * The user chose straight-leg raises instead of wall squats until the knee
 * settles. Nothing changes in this session; "wall-squat-swapped" turns on
 * for whoever keeps the plan.
 */
void
patella_session_run_swap_wall_squat_from_now (PatellaSessionRun *self,
                                              int                pain)
{
  g_return_if_fail (PATELLA_IS_SESSION_RUN (self));
  g_return_if_fail (pain >= PATELLA_STORE_NO_PAIN && pain <= 10);

  mark_swapped (self, pain);
}

/**
 * patella_session_run_get_wall_squat_swapped:
 *
 * Returns: whether the user chose straight-leg raises instead of wall
 *   squats in this run, today and until the knee settles
 */
gboolean
patella_session_run_get_wall_squat_swapped (PatellaSessionRun *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  return self->wall_squat_swapped;
}

/**
 * patella_session_run_get_swap_pain:
 *
 * Returns: the worst kneecap pain reported when the wall squat was
 *   swapped, or %PATELLA_STORE_NO_PAIN
 */
int
patella_session_run_get_swap_pain (PatellaSessionRun *self)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), PATELLA_STORE_NO_PAIN);

  return self->swap_pain;
}

/**
 * patella_session_run_can_stop_exercise:
 * @exercise_id: the exercise the user was asked about
 *
 * Returns: whether @exercise_id is under way and has work left to stop
 *   (not at its end)
 */
gboolean
patella_session_run_can_stop_exercise (PatellaSessionRun *self,
                                       const char        *exercise_id)
{
  PatellaEngineState state;
  PatellaExercise *exercise;

  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  state = patella_engine_get_state (self->engine);
  if (exercise_id == NULL || (state != PATELLA_ENGINE_RUNNING && state != PATELLA_ENGINE_PAUSED))
    return FALSE;

  exercise = patella_engine_get_exercise (self->engine);
  return exercise != NULL
         && g_str_equal (patella_exercise_get_id (exercise), exercise_id)
         && patella_engine_get_phase_kind (self->engine) != PATELLA_PHASE_EXERCISE_DONE;
}

/**
 * patella_session_run_stop_exercise:
 * @error: %PATELLA_ENGINE_ERROR_FINISHED when the session is over
 *
 * Skips the rest of the current exercise: the set under way is recorded
 * with the reps done, and the session goes on with the next exercise.
 *
 * Returns: whether the exercise was stopped
 */
gboolean
patella_session_run_stop_exercise (PatellaSessionRun  *self,
                                   GError            **error)
{
  g_return_val_if_fail (PATELLA_IS_SESSION_RUN (self), FALSE);

  if (!patella_engine_skip_exercise (self->engine))
    {
      g_set_error_literal (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_FINISHED,
                           _("The session is over: there is no exercise to stop."));
      return FALSE;
    }

  return TRUE;
}
