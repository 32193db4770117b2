/* patella-engine-run.c: the engine's schedule: phases, alarms and records
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-engine-private.h"

gint64
_patella_engine_now (PatellaEngine *self)
{
  return patella_clock_get_monotonic_usec (self->clock);
}

/* The wall-clock reading at a monotonic instant, which may be a little in
 * the past when the main loop woke late. */
gint64
_patella_engine_wall_at (PatellaEngine *self,
                         gint64         mono)
{
  return patella_clock_get_wall_usec (self->clock) - (_patella_engine_now (self) - mono);
}

gboolean
_patella_engine_is_work (const PatellaPhase *p)
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
  self->set_started_wall = _patella_engine_wall_at (self, when);
}

/* Ends the set in progress and returns its record, without telling anyone. */
PatellaSetRecord *
_patella_engine_take_record (PatellaEngine *self,
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
  record->ended_usec = _patella_engine_wall_at (self, when);
  record->substituted = first->substituted;

  self->set_open = FALSE;
  g_array_set_size (self->reps, 0);

  self->summary->sets_done++;
  self->summary->reps_done += record->reps_done;
  g_ptr_array_add (self->summary->sets, patella_set_record_copy (record));

  return record;
}

void
_patella_engine_close_set (PatellaEngine *self,
                           gint64         when,
                           gboolean       cue)
{
  g_autoptr(PatellaSetRecord) record = _patella_engine_take_record (self, when);
  guint serial = self->serial;

  _patella_engine_emit_set_finished (self, record);
  if (cue && serial == self->serial)
    _patella_engine_emit_cue (self, PATELLA_CUE_SET_DONE, when);
}

/* What leaving the current phase at @when adds to the set: the time held. */
void
_patella_engine_leave_phase (PatellaEngine *self,
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

void
_patella_engine_finish_session (PatellaEngine *self,
                                gint64         when,
                                gboolean       completed)
{
  PatellaSessionSummary *summary = self->summary;

  self->serial++;
  _patella_engine_leave_phase (self, when);
  if (self->set_open)
    _patella_engine_close_set (self, when, FALSE);

  if (self->alarm_id != 0)
    {
      patella_clock_remove_alarm (self->clock, self->alarm_id);
      self->alarm_id = 0;
    }

  if (self->state == PATELLA_ENGINE_READY)
    {
      self->started_mono = when;
      summary->started_usec = _patella_engine_wall_at (self, when);
    }

  self->state = PATELLA_ENGINE_FINISHED;
  self->start_cue_pending = FALSE;
  _patella_engine_sync_properties (self);

  summary->ended_usec = _patella_engine_wall_at (self, when);
  summary->paused_usec = self->paused_total;
  summary->active_usec = when - self->started_mono - self->paused_total;
  summary->completed = completed;

  _patella_engine_emit_cue (self, PATELLA_CUE_SESSION_DONE, when);
  _patella_engine_emit_finished (self, summary);
}

void
_patella_engine_enter_phase (PatellaEngine *self,
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

  if (_patella_engine_is_work (p) && !(self->set_open && self->set_first == p->set_first))
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

void
_patella_engine_go_to (PatellaEngine *self,
                       guint          index,
                       gint64         when)
{
  if (index >= patella_timeline_get_n_phases (self->timeline))
    _patella_engine_finish_session (self, when, TRUE);
  else
    _patella_engine_enter_phase (self, index, when);
}

/* The current phase ends at @when, by its time or because the user skipped
 * it: the rep and set it closes count as done. */
void
_patella_engine_end_phase (PatellaEngine *self,
                           gint64         when)
{
  const PatellaPhase *p = self->phase;
  guint index = self->index;
  guint serial = self->serial;

  _patella_engine_leave_phase (self, when);

  if (_patella_engine_is_work (p) && self->set_open && index == p->rep_last)
    {
      g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
      _patella_engine_emit_cue (self, PATELLA_CUE_REP_DONE, when);
    }
  if (serial == self->serial && _patella_engine_is_work (p) && self->set_open
      && index == p->set_last)
    _patella_engine_close_set (self, when, TRUE);
  if (serial == self->serial && p->kind == PATELLA_PHASE_REST)
    _patella_engine_emit_cue (self, PATELLA_CUE_REST_OVER, when);

  /* A handler of those signals already moved the session elsewhere. */
  if (serial != self->serial)
    return;

  /* Written out so the boundary is visibly origin + offset: */
  if (index + 1 < patella_timeline_get_n_phases (self->timeline) && when == self->phase_end)
    _patella_engine_go_to (self, index + 1,
                           self->origin + _patella_engine_phase_at (self, index + 1)->offset_usec);
  else
    _patella_engine_go_to (self, index + 1, when);
}

/* A jump to @target now. Leaving the set in progress records it; @reset_from
 * (1-based, 0 for none) forgets the reps from that one on, for going back. */
void
_patella_engine_jump (PatellaEngine *self,
                      guint          target,
                      gint64         when,
                      guint          reset_from)
{
  guint serial = self->serial;

  _patella_engine_leave_phase (self, when);

  if (self->set_open)
    {
      const PatellaPhase *first = _patella_engine_phase_at (self, self->set_first);

      if (target < first->set_first || target > first->set_last)
        _patella_engine_close_set (self, when, TRUE);
      if (serial != self->serial)
        return;
    }

  if (self->set_open && reset_from >= 1)
    {
      for (guint r = reset_from; r <= self->reps->len; r++)
        g_array_index (self->reps, RepState, r - 1) = (RepState) { FALSE, 0 };
      if (reset_from == 1)
        self->set_started_wall = _patella_engine_wall_at (self, when);
    }

  _patella_engine_go_to (self, target, when);
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
          _patella_engine_end_phase (self, due);
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
