/* patella-engine-ops.c: what the user asks of a running session: pause, skip, back, stop
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-engine-private.h"

/**
 * patella_engine_start:
 *
 * Starts the first phase now.
 *
 * Returns: %FALSE if the engine was not ready
 */
gboolean
patella_engine_start (PatellaEngine *self)
{
  gint64 now;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (self->state != PATELLA_ENGINE_READY)
    return FALSE;

  now = _patella_engine_now (self);
  self->started_mono = now;
  self->summary->started_usec = _patella_engine_wall_at (self, now);
  self->state = PATELLA_ENGINE_RUNNING;
  _patella_engine_enter_phase (self, self->index, now);
  _patella_engine_reschedule (self);

  return TRUE;
}

gboolean
patella_engine_pause (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (self->state != PATELLA_ENGINE_RUNNING)
    return FALSE;

  self->paused_at = _patella_engine_now (self);
  self->state = PATELLA_ENGINE_PAUSED;
  _patella_engine_reschedule (self);
  _patella_engine_sync_properties (self);

  return TRUE;
}

/**
 * patella_engine_resume:
 *
 * Continues where the pause left off: the phase gets back the time it had
 * left, and its start and end move forward by the length of the pause.
 */
gboolean
patella_engine_resume (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (self->state != PATELLA_ENGINE_PAUSED)
    return FALSE;

  _patella_engine_settle (self);
  self->state = PATELLA_ENGINE_RUNNING;
  _patella_engine_sync_properties (self);

  /* A phase entered during the pause (by a skip, say) announces itself now. */
  if (self->start_cue_pending)
    {
      self->start_cue_pending = FALSE;
      _patella_engine_emit_cue (self, patella_cue_for_phase_kind (self->phase->kind),
                                self->phase_start);
    }

  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_skip_phase:
 *
 * Ends the current phase now, as if its time were up: a rep or set it
 * closes counts as done.
 */
gboolean
patella_engine_skip_phase (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (!_patella_engine_is_live (self))
    return FALSE;

  _patella_engine_end_phase (self, _patella_engine_settle (self));
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_skip_rep:
 *
 * Leaves the current rep undone and moves to the next; after the last rep
 * the set is recorded with the reps done.
 *
 * Returns: %FALSE outside a rep
 */
gboolean
patella_engine_skip_rep (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (!_patella_engine_is_live (self) || !_patella_engine_is_work (self->phase))
    return FALSE;

  _patella_engine_jump (self, self->phase->rep_last + 1, _patella_engine_settle (self), 0);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_skip_set:
 *
 * During a set, ends it now like patella_engine_stop_set(). Before a set
 * (get ready, rest, switch side), skips that set on that side entirely: it
 * is not recorded.
 *
 * Returns: %FALSE when there is no set to skip (exercise done)
 */
gboolean
patella_engine_skip_set (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (!_patella_engine_is_live (self) || self->phase->kind == PATELLA_PHASE_EXERCISE_DONE)
    return FALSE;

  _patella_engine_jump (self, self->phase->set_last + 1, _patella_engine_settle (self), 0);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_stop_set:
 *
 * "Stop this set here": for a dose done until tired. The set is recorded
 * with the reps completed (the rep under way does not count) and the
 * session moves to what follows the set.
 *
 * Returns: %FALSE outside a set
 */
gboolean
patella_engine_stop_set (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (!_patella_engine_is_live (self) || !_patella_engine_is_work (self->phase) || !self->set_open)
    return FALSE;

  _patella_engine_jump (self, self->phase->set_last + 1, _patella_engine_settle (self), 0);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_skip_exercise:
 *
 * Records the set under way, if any, and moves to the next exercise's
 * get-ready phase (or finishes, after the last exercise).
 */
gboolean
patella_engine_skip_exercise (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (!_patella_engine_is_live (self))
    return FALSE;

  _patella_engine_jump (self, self->phase->item_last + 1, _patella_engine_settle (self), 0);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_back_rep:
 *
 * Goes back to the start of the previous rep of the set, or restarts the
 * first rep; the reps from there on count as not done.
 *
 * Returns: %FALSE outside a rep
 */
gboolean
patella_engine_back_rep (PatellaEngine *self)
{
  const PatellaPhase *p;
  guint target;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  p = self->phase;
  if (!_patella_engine_is_live (self) || !_patella_engine_is_work (p))
    return FALSE;

  target = p->rep > 1 ? _patella_engine_phase_at (self, p->rep_first - 1)->rep_first : p->rep_first;
  _patella_engine_jump (self, target, _patella_engine_settle (self),
                        _patella_engine_phase_at (self, target)->rep);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_back_set:
 *
 * During a set, restarts it from its first rep. Between sets (rest, switch
 * side, exercise done), goes back to the start of the set just finished;
 * it is recorded again when it ends.
 *
 * Returns: %FALSE when there is no set to go back to (get ready)
 */
gboolean
patella_engine_back_set (PatellaEngine *self)
{
  const PatellaPhase *p;
  const PatellaPhase *before;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  p = self->phase;
  if (!_patella_engine_is_live (self))
    return FALSE;

  if (_patella_engine_is_work (p))
    {
      _patella_engine_jump (self, p->set_first, _patella_engine_settle (self), 1);
    }
  else
    {
      before = self->index > 0 ? _patella_engine_phase_at (self, self->index - 1) : NULL;
      if (p->kind == PATELLA_PHASE_GET_READY || before == NULL || !_patella_engine_is_work (before))
        return FALSE;
      _patella_engine_jump (self, before->set_first, _patella_engine_settle (self), 0);
    }

  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_rep_done:
 *
 * The user's key press in self-paced mode (it works in timed mode too).
 * During the lift of a rep with a hold, it starts the hold; otherwise it
 * completes the rep now. Ignored during a hold, which stays timed.
 *
 * Returns: %FALSE when ignored
 */
gboolean
patella_engine_rep_done (PatellaEngine *self)
{
  const PatellaPhase *p;
  guint serial;
  gint64 now;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  p = self->phase;
  if (!_patella_engine_is_live (self) || !_patella_engine_is_work (p)
      || p->kind == PATELLA_PHASE_HOLD || !self->set_open)
    return FALSE;

  now = _patella_engine_settle (self);

  for (guint i = self->index + 1; i <= p->rep_last; i++)
    if (_patella_engine_phase_at (self, i)->kind == PATELLA_PHASE_HOLD)
      {
        _patella_engine_jump (self, i, now, 0);
        _patella_engine_reschedule (self);
        return TRUE;
      }

  serial = self->serial;
  _patella_engine_leave_phase (self, now);
  g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
  _patella_engine_emit_cue (self, PATELLA_CUE_REP_DONE, now);
  if (serial == self->serial && p->rep_last == p->set_last)
    _patella_engine_close_set (self, now, TRUE);
  if (serial == self->serial)
    _patella_engine_go_to (self, p->rep_last + 1, now);
  _patella_engine_reschedule (self);

  return TRUE;
}

/**
 * patella_engine_finish:
 *
 * Finishes early: the set under way is recorded with what was done, and
 * #PatellaEngine::finished reports completed = %FALSE.
 */
gboolean
patella_engine_finish (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (self->state == PATELLA_ENGINE_FINISHED)
    return FALSE;

  _patella_engine_finish_session (self, _patella_engine_settle (self), FALSE);

  return TRUE;
}

/**
 * patella_engine_substitute:
 * @exercise: the replacement
 * @dose: (nullable): its dose; %NULL for its default. Its set count is
 *   replaced by the number of sets left to do.
 *
 * Replaces what remains of the current exercise with @exercise, or, during
 * the exercise-done phase, the whole of the next one. The sets left are
 * counted from the one under way, which is recorded with what was done and
 * ends there. The replacement starts now with its own get-ready phase, and
 * its sets are recorded with substituted = %TRUE. The timeline property
 * changes to the new timeline.
 *
 * Returns: %FALSE with @error set if the session is over, nothing is left
 *   to replace, or the dose is invalid for @exercise
 */
gboolean
patella_engine_substitute (PatellaEngine      *self,
                           PatellaExercise    *exercise,
                           const PatellaDose  *dose,
                           GError            **error)
{
  g_autoptr(PatellaTimeline) replaced = NULL;
  g_autoptr(PatellaSetRecord) record = NULL;
  const PatellaPhase *p;
  gboolean between;
  guint serial;
  guint target;
  guint cut;
  guint n_sets;
  guint start = 0;
  gint64 now;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (PATELLA_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->state == PATELLA_ENGINE_FINISHED)
    {
      g_set_error_literal (error, PATELLA_ENGINE_ERROR, PATELLA_ENGINE_ERROR_FINISHED,
                           _("The session is over"));
      return FALSE;
    }

  p = self->phase;
  between = p->kind == PATELLA_PHASE_EXERCISE_DONE;
  if (between)
    {
      const PatellaPhase *next = _patella_engine_phase_at (self, p->item_last + 1);

      if (next == NULL)
        {
          g_set_error_literal (error, PATELLA_ENGINE_ERROR,
                               PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE,
                               _("No exercise is left to replace"));
          return FALSE;
        }
      target = next->item;
      cut = p->item_last + 1;
      n_sets = next->sets_total;
    }
  else
    {
      target = p->item;
      cut = self->index;
      n_sets = p->sets_total - p->set + 1;
    }

  replaced = patella_timeline_substitute (self->timeline, cut, target, exercise, dose,
                                          n_sets, &start, error);
  if (replaced == NULL)
    return FALSE;

  now = _patella_engine_settle (self);

  if (!between)
    {
      _patella_engine_leave_phase (self, now);
      if (self->set_open)
        record = _patella_engine_take_record (self, now);
    }

  /* The phases before the cut are the same in both timelines, so the
   * current one stays valid when the replacement comes next. */
  g_set_object (&self->timeline, replaced);
  if (!between)
    self->index = start;
  self->phase = _patella_engine_phase_at (self, self->index);
  serial = self->serial;
  _patella_engine_notify_timeline (self);

  if (record != NULL && serial == self->serial)
    _patella_engine_emit_set_finished (self, record);

  /* Unless a handler of those already moved the session on: */
  if (serial == self->serial)
    {
      if (between || self->state == PATELLA_ENGINE_READY)
        _patella_engine_sync_properties (self);
      else
        _patella_engine_enter_phase (self, start, now);
    }

  _patella_engine_reschedule (self);

  return TRUE;
}
