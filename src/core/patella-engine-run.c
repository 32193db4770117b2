/* patella-engine-run.c: the engine's schedule: phases, alarms, records and operations
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-engine-private.h"

gint64
_patella_engine_now (PatellaEngine *self)
{
  return patella_clock_get_monotonic_usec (self->clock);
}

/* The wall-clock reading at a monotonic instant, which may be a little in
 * the past when the main loop woke late. */
static gint64
wall_at (PatellaEngine *self,
         gint64         mono)
{
  return patella_clock_get_wall_usec (self->clock) - (_patella_engine_now (self) - mono);
}

static gboolean
is_work (const PatellaPhase *p)
{
  return patella_phase_kind_is_work (p->kind);
}

const PatellaPhase *
_patella_engine_phase_at (PatellaEngine *self,
                          guint          index)
{
  if (index >= patella_timeline_get_n_phases (self->timeline))
    return NULL;
  return patella_timeline_get_phase (self->timeline, index);
}

/* Self-paced mode lets the user set the pace of the movements; holds,
 * rests and countdowns keep their time. */
gboolean
_patella_engine_phase_is_timed (PatellaEngine      *self,
                                const PatellaPhase *p)
{
  if (!self->self_paced)
    return TRUE;

  switch (p->kind)
    {
    case PATELLA_PHASE_UP:
    case PATELLA_PHASE_PAUSE:
    case PATELLA_PHASE_DOWN:
      return FALSE;
    case PATELLA_PHASE_GET_READY:
    case PATELLA_PHASE_HOLD:
    case PATELLA_PHASE_REST:
    case PATELLA_PHASE_SWITCH_SIDE:
    case PATELLA_PHASE_EXERCISE_DONE:
      return TRUE;
    default:
      g_return_val_if_reached (TRUE);
    }
}

/* Ticks fall on each of the last three whole seconds of a countdown or a
 * hold, but never on its first instant, where the phase's own cue plays. */
guint
_patella_engine_count_ticks (const PatellaPhase *p)
{
  guint n = 0;

  if (p->kind != PATELLA_PHASE_GET_READY && p->kind != PATELLA_PHASE_HOLD)
    return 0;

  for (gint64 k = 1; k <= 3; k++)
    if (k * G_USEC_PER_SEC < p->duration_usec)
      n++;

  return n;
}

static void
open_set (PatellaEngine      *self,
          const PatellaPhase *p,
          gint64              when)
{
  self->set_open = TRUE;
  self->set_first = p->set_first;
  g_array_set_size (self->reps, 0);
  g_array_set_size (self->reps, p->reps_total);
  self->set_started_wall = wall_at (self, when);
}

/* Ends the set in progress and returns its record, without telling anyone. */
static PatellaSetRecord *
take_record (PatellaEngine *self,
             gint64         when)
{
  const PatellaPhase *first = _patella_engine_phase_at (self, self->set_first);
  PatellaSetRecord *record = patella_set_record_new ();
  PatellaWorkKind work = patella_exercise_get_work_kind (first->exercise);
  gint64 held = 0;

  g_assert (self->set_open);

  for (guint i = 0; i < self->reps->len; i++)
    held += g_array_index (self->reps, RepState, i).held_usec;

  record->exercise_id = g_strdup (patella_exercise_get_id (first->exercise));
  record->side = first->side;
  record->set = first->set;
  record->reps_planned = first->reps_total;
  record->reps_done = _patella_engine_count_reps_done (self);
  if (work != PATELLA_WORK_REPS_TEMPO)
    record->hold_seconds_planned = (double)first->reps_total * first->dose->hold_seconds;
  record->hold_seconds_done = (double)held / G_USEC_PER_SEC;
  record->started_usec = self->set_started_wall;
  record->ended_usec = wall_at (self, when);
  record->substituted = first->substituted;

  self->set_open = FALSE;
  g_array_set_size (self->reps, 0);

  self->summary->sets_done++;
  self->summary->reps_done += record->reps_done;
  g_ptr_array_add (self->summary->sets, patella_set_record_copy (record));

  return record;
}

static void
close_set (PatellaEngine *self,
           gint64         when,
           gboolean       cue)
{
  g_autoptr(PatellaSetRecord) record = take_record (self, when);
  guint serial = self->serial;

  _patella_engine_emit_set_finished (self, record);
  if (cue && serial == self->serial)
    _patella_engine_emit_cue (self, PATELLA_CUE_SET_DONE, when);
}

/* What leaving the current phase at @when adds to the set: the time held. */
static void
leave_phase (PatellaEngine *self,
             gint64         when)
{
  const PatellaPhase *p = self->phase;

  if (p->kind == PATELLA_PHASE_HOLD && self->set_open && p->rep >= 1 &&
      p->rep <= self->reps->len)
    {
      RepState *r = &g_array_index (self->reps, RepState, p->rep - 1);

      r->held_usec = CLAMP (when - self->phase_start, 0, p->duration_usec);
    }
}

static void
finish_session (PatellaEngine *self,
                gint64         when,
                gboolean       completed)
{
  PatellaSessionSummary *summary = self->summary;

  self->serial++;
  leave_phase (self, when);
  if (self->set_open)
    close_set (self, when, FALSE);

  if (self->alarm_id != 0)
    {
      patella_clock_remove_alarm (self->clock, self->alarm_id);
      self->alarm_id = 0;
    }

  if (self->state == PATELLA_ENGINE_READY)
    {
      self->started_mono = when;
      summary->started_usec = wall_at (self, when);
    }

  self->state = PATELLA_ENGINE_FINISHED;
  self->start_cue_pending = FALSE;
  _patella_engine_sync_properties (self);

  summary->ended_usec = wall_at (self, when);
  summary->paused_usec = self->paused_total;
  summary->active_usec = when - self->started_mono - self->paused_total;
  summary->completed = completed;

  _patella_engine_emit_cue (self, PATELLA_CUE_SESSION_DONE, when);
  _patella_engine_emit_finished (self, summary);
}

static void
enter_phase (PatellaEngine *self,
             guint          index,
             gint64         start)
{
  const PatellaPhase *p = _patella_engine_phase_at (self, index);
  guint serial = ++self->serial;

  self->index = index;
  self->phase = p;
  self->origin = start - p->offset_usec;
  self->phase_start = self->origin + p->offset_usec;
  self->timed = _patella_engine_phase_is_timed (self, p);
  self->phase_end = self->timed ? self->phase_start + p->duration_usec : 0;
  self->n_ticks = self->timed ? _patella_engine_count_ticks (p) : 0;
  self->ticks_done = 0;

  if (is_work (p) && !(self->set_open && self->set_first == p->set_first))
    open_set (self, p, start);

  _patella_engine_sync_properties (self);

  /* A notify handler moved the session on: its phase has spoken. */
  if (serial != self->serial)
    return;

  if (self->state == PATELLA_ENGINE_RUNNING)
    {
      self->start_cue_pending = FALSE;
      _patella_engine_emit_cue (self, patella_cue_for_phase_kind (p->kind), self->phase_start);
    }
  else
    {
      self->start_cue_pending = TRUE;
    }
}

static void
go_to (PatellaEngine *self,
       guint          index,
       gint64         when)
{
  if (index >= patella_timeline_get_n_phases (self->timeline))
    finish_session (self, when, TRUE);
  else
    enter_phase (self, index, when);
}

/* The current phase ends at @when, by its time or because the user skipped
 * it: the rep and set it closes count as done. */
static void
end_phase (PatellaEngine *self,
           gint64         when)
{
  const PatellaPhase *p = self->phase;
  guint index = self->index;
  guint serial = self->serial;

  leave_phase (self, when);

  if (is_work (p) && self->set_open && index == p->rep_last)
    {
      g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
      _patella_engine_emit_cue (self, PATELLA_CUE_REP_DONE, when);
    }
  if (serial == self->serial && is_work (p) && self->set_open && index == p->set_last)
    close_set (self, when, TRUE);
  if (serial == self->serial && p->kind == PATELLA_PHASE_REST)
    _patella_engine_emit_cue (self, PATELLA_CUE_REST_OVER, when);

  /* A handler of those signals already moved the session elsewhere. */
  if (serial != self->serial)
    return;

  /* Written out so the boundary is visibly origin + offset: */
  if (index + 1 < patella_timeline_get_n_phases (self->timeline) && when == self->phase_end)
    go_to (self, index + 1, self->origin + _patella_engine_phase_at (self, index + 1)->offset_usec);
  else
    go_to (self, index + 1, when);
}

/* A jump to @target now. Leaving the set in progress records it; @reset_from
 * (1-based, 0 for none) forgets the reps from that one on, for going back. */
static void
jump (PatellaEngine *self,
      guint          target,
      gint64         when,
      guint          reset_from)
{
  guint serial = self->serial;

  leave_phase (self, when);

  if (self->set_open)
    {
      const PatellaPhase *first = _patella_engine_phase_at (self, self->set_first);

      if (target < first->set_first || target > first->set_last)
        close_set (self, when, TRUE);
      if (serial != self->serial)
        return;
    }

  if (self->set_open && reset_from >= 1)
    {
      for (guint r = reset_from; r <= self->reps->len; r++)
        g_array_index (self->reps, RepState, r - 1) = (RepState) { FALSE, 0 };
      if (reset_from == 1)
        self->set_started_wall = wall_at (self, when);
    }

  go_to (self, target, when);
}

static gint64
next_event_due (PatellaEngine *self)
{
  if (!self->timed)
    return G_MAXINT64;
  if (self->ticks_done < self->n_ticks)
    return self->phase_end - (gint64)(self->n_ticks - self->ticks_done) * G_USEC_PER_SEC;
  return self->phase_end;
}

static void
on_alarm (gpointer user_data)
{
  PatellaEngine *self = user_data;
  gint64 now;
  gint64 due;

  self->alarm_id = 0;
  now = _patella_engine_now (self);

  g_object_ref (self);
  /* Normally one event per wake-up; several only if the loop was stalled. */
  while (self->state == PATELLA_ENGINE_RUNNING && (due = next_event_due (self)) <= now)
    {
      if (self->ticks_done < self->n_ticks)
        {
          gboolean hold = self->phase->kind == PATELLA_PHASE_HOLD;

          self->ticks_done++;
          _patella_engine_emit_cue (self, hold ? PATELLA_CUE_HOLD_TICK : PATELLA_CUE_GET_READY_TICK,
                                    due);
        }
      else
        {
          end_phase (self, due);
        }
    }
  _patella_engine_reschedule (self);
  g_object_unref (self);
}

void
_patella_engine_reschedule (PatellaEngine *self)
{
  gint64 due;

  if (self->alarm_id != 0)
    {
      patella_clock_remove_alarm (self->clock, self->alarm_id);
      self->alarm_id = 0;
    }

  if (self->state != PATELLA_ENGINE_RUNNING)
    return;

  due = next_event_due (self);
  if (due != G_MAXINT64)
    self->alarm_id = patella_clock_add_alarm (self->clock, due, on_alarm, self, NULL);
}

/* Shifts the schedule by @delta of paused time. */
static void
shift (PatellaEngine *self,
       gint64         delta)
{
  self->origin += delta;
  self->phase_start += delta;
  if (self->timed)
    self->phase_end += delta;
  self->paused_total += delta;
  self->paused_at += delta;
}

/* An operation during a pause acts as if the pause had ended just before
 * it, and the pause goes on from there. Returns the time to act at. */
gint64
_patella_engine_settle (PatellaEngine *self)
{
  gint64 now = _patella_engine_now (self);

  if (self->state == PATELLA_ENGINE_PAUSED)
    shift (self, now - self->paused_at);

  return now;
}

gboolean
_patella_engine_is_live (PatellaEngine *self)
{
  return self->state == PATELLA_ENGINE_RUNNING || self->state == PATELLA_ENGINE_PAUSED;
}

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
  self->summary->started_usec = wall_at (self, now);
  self->state = PATELLA_ENGINE_RUNNING;
  enter_phase (self, self->index, now);
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

  end_phase (self, _patella_engine_settle (self));
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

  if (!_patella_engine_is_live (self) || !is_work (self->phase))
    return FALSE;

  jump (self, self->phase->rep_last + 1, _patella_engine_settle (self), 0);
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

  jump (self, self->phase->set_last + 1, _patella_engine_settle (self), 0);
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

  if (!_patella_engine_is_live (self) || !is_work (self->phase) || !self->set_open)
    return FALSE;

  jump (self, self->phase->set_last + 1, _patella_engine_settle (self), 0);
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

  jump (self, self->phase->item_last + 1, _patella_engine_settle (self), 0);
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
  if (!_patella_engine_is_live (self) || !is_work (p))
    return FALSE;

  target = p->rep > 1 ? _patella_engine_phase_at (self, p->rep_first - 1)->rep_first : p->rep_first;
  jump (self, target, _patella_engine_settle (self), _patella_engine_phase_at (self, target)->rep);
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

  if (is_work (p))
    {
      jump (self, p->set_first, _patella_engine_settle (self), 1);
    }
  else
    {
      before = self->index > 0 ? _patella_engine_phase_at (self, self->index - 1) : NULL;
      if (p->kind == PATELLA_PHASE_GET_READY || before == NULL || !is_work (before))
        return FALSE;
      jump (self, before->set_first, _patella_engine_settle (self), 0);
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
  if (!_patella_engine_is_live (self) || !is_work (p) || p->kind == PATELLA_PHASE_HOLD ||
      !self->set_open)
    return FALSE;

  now = _patella_engine_settle (self);

  for (guint i = self->index + 1; i <= p->rep_last; i++)
    if (_patella_engine_phase_at (self, i)->kind == PATELLA_PHASE_HOLD)
      {
        jump (self, i, now, 0);
        _patella_engine_reschedule (self);
        return TRUE;
      }

  serial = self->serial;
  leave_phase (self, now);
  g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
  _patella_engine_emit_cue (self, PATELLA_CUE_REP_DONE, now);
  if (serial == self->serial && p->rep_last == p->set_last)
    close_set (self, now, TRUE);
  if (serial == self->serial)
    go_to (self, p->rep_last + 1, now);
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

  finish_session (self, _patella_engine_settle (self), FALSE);

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
      leave_phase (self, now);
      if (self->set_open)
        record = take_record (self, now);
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
        enter_phase (self, start, now);
    }

  _patella_engine_reschedule (self);

  return TRUE;
}
