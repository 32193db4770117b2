/* patella-engine.c: runs a timeline against a clock and says what happens when
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-engine.h"

/* Timing model. Phase i of the timeline starts at origin + offset(i), where
 * offset(i) is the exact sum of the durations before it. The origin is set
 * once at start, moved forward by the length of every pause, and reset only
 * when the user jumps (skip, back, stop here, rep done in self-paced mode):
 * then it is placed so the target phase starts now. A boundary is therefore
 * always the start time plus durations plus paused time, whatever time the
 * main loop actually woke at, and a late wake-up never delays what follows.
 * Exactly one clock alarm is pending while running: the next tick or
 * boundary. */

typedef struct
{
  gboolean done;
  gint64   held_usec;
} RepState;

struct _PatellaEngine
{
  GObject             parent_instance;

  PatellaClock       *clock;
  PatellaTimeline    *timeline;
  PatellaEngineState  state;
  gboolean            self_paced;

  guint               index;
  const PatellaPhase *phase;
  gint64              origin;
  gint64              phase_start;
  gint64              phase_end;
  gboolean            timed;
  guint               n_ticks;
  guint               ticks_done;
  gboolean            start_cue_pending;
  gint64              paused_at;
  guint               alarm_id;

  /* The set (one side of it) in progress. */
  gboolean            set_open;
  guint               set_first;
  GArray             *reps;
  gint64              set_started_wall;

  gint64              started_mono;
  gint64              paused_total;
  PatellaSessionSummary *summary;

  /* What the properties last said, so each notifies only on a real change. */
  struct {
    PatellaEngineState state;
    guint              index;
    PatellaExercise   *exercise;
    guint              item;
    guint              n_items;
    PatellaPhaseKind   kind;
    char              *label;
    char              *next_label;
    PatellaExercise   *next_exercise;
    guint              rep;
    guint              reps_total;
    guint              reps_done;
    guint              set;
    guint              sets_total;
    PatellaSide        side;
    char              *side_label;
    gint64             start;
    gint64             end;
    gboolean           timed;
    gint64             duration;
  } shown;
};

G_DEFINE_FINAL_TYPE (PatellaEngine, patella_engine, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PatellaEngineState, patella_engine_state,
  G_DEFINE_ENUM_VALUE (PATELLA_ENGINE_READY, "ready"),
  G_DEFINE_ENUM_VALUE (PATELLA_ENGINE_RUNNING, "running"),
  G_DEFINE_ENUM_VALUE (PATELLA_ENGINE_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (PATELLA_ENGINE_FINISHED, "finished"))

G_DEFINE_QUARK (patella-engine-error-quark, patella_engine_error)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_TIMELINE,
  PROP_DURATION_USEC,
  PROP_STATE,
  PROP_SELF_PACED,
  PROP_PHASE_INDEX,
  PROP_EXERCISE,
  PROP_EXERCISE_INDEX,
  PROP_N_EXERCISES,
  PROP_PHASE_KIND,
  PROP_PHASE_LABEL,
  PROP_NEXT_PHASE_LABEL,
  PROP_NEXT_EXERCISE,
  PROP_REP,
  PROP_REPS_TOTAL,
  PROP_REPS_DONE,
  PROP_SET,
  PROP_SETS_TOTAL,
  PROP_SIDE,
  PROP_SIDE_LABEL,
  PROP_PHASE_START_USEC,
  PROP_PHASE_END_USEC,
  PROP_PHASE_TIMED,
  N_PROPS
};

enum {
  CUE,
  SET_FINISHED,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void reschedule (PatellaEngine *self);

static gint64
now_usec (PatellaEngine *self)
{
  return patella_clock_get_monotonic_usec (self->clock);
}

/* The wall-clock reading at a monotonic instant, which may be a little in
 * the past when the main loop woke late. */
static gint64
wall_at (PatellaEngine *self,
         gint64         mono)
{
  return patella_clock_get_wall_usec (self->clock) - (now_usec (self) - mono);
}

static gboolean
is_work (const PatellaPhase *p)
{
  return patella_phase_kind_is_work (p->kind);
}

static const PatellaPhase *
phase_at (PatellaEngine *self,
          guint          index)
{
  if (index >= patella_timeline_get_n_phases (self->timeline))
    return NULL;
  return patella_timeline_get_phase (self->timeline, index);
}

/* Self-paced mode lets the user set the pace of the movements; holds,
 * rests and countdowns keep their time. */
static gboolean
phase_is_timed (PatellaEngine      *self,
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
static guint
count_ticks (const PatellaPhase *p)
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
emit_cue (PatellaEngine *self,
          PatellaCue     cue,
          gint64         due)
{
  g_signal_emit (self, signals[CUE], 0, cue, due);
}

#define SYNC(field, value, prop)                                          \
  G_STMT_START {                                                          \
    if (self->shown.field != (value))                                     \
      {                                                                   \
        self->shown.field = (value);                                      \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);     \
      }                                                                   \
  } G_STMT_END

static void
sync_string (PatellaEngine *self,
             char         **field,
             const char    *value,
             guint          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
sync_object (PatellaEngine    *self,
             PatellaExercise **field,
             PatellaExercise  *value,
             guint             prop)
{
  if (g_set_object (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static guint
count_reps_done (PatellaEngine *self)
{
  guint n = 0;

  if (!self->set_open)
    return 0;

  for (guint i = 0; i < self->reps->len; i++)
    n += g_array_index (self->reps, RepState, i).done ? 1 : 0;

  return n;
}

static PatellaExercise *
find_next_exercise (PatellaEngine *self)
{
  const PatellaPhase *after = phase_at (self, self->phase->item_last + 1);

  return after ? after->exercise : NULL;
}

/* Everything the UI binds to, recomputed from the engine's state at once,
 * inside one freeze so a phase change reaches handlers as one batch. */
static void
sync_properties (PatellaEngine *self)
{
  const PatellaPhase *p = self->phase;
  const PatellaPhase *next = phase_at (self, self->index + 1);
  gboolean finished = self->state == PATELLA_ENGINE_FINISHED;
  gboolean started = self->state != PATELLA_ENGINE_READY;
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);

  SYNC (state, self->state, PROP_STATE);
  SYNC (index, self->index, PROP_PHASE_INDEX);
  sync_object (self, &self->shown.exercise, p->exercise, PROP_EXERCISE);
  SYNC (item, p->item, PROP_EXERCISE_INDEX);
  SYNC (n_items, patella_timeline_get_n_items (self->timeline), PROP_N_EXERCISES);
  SYNC (kind, p->kind, PROP_PHASE_KIND);
  sync_string (self, &self->shown.label,
               patella_exercise_get_phase_label (p->exercise, p->kind), PROP_PHASE_LABEL);
  sync_string (self, &self->shown.next_label,
               (next && !finished) ? patella_exercise_get_phase_label (next->exercise, next->kind)
                                   : NULL,
               PROP_NEXT_PHASE_LABEL);
  sync_object (self, &self->shown.next_exercise,
               finished ? NULL : find_next_exercise (self), PROP_NEXT_EXERCISE);
  SYNC (rep, p->rep, PROP_REP);
  SYNC (reps_total, p->reps_total, PROP_REPS_TOTAL);
  SYNC (reps_done, count_reps_done (self), PROP_REPS_DONE);
  SYNC (set, p->set, PROP_SET);
  SYNC (sets_total, p->sets_total, PROP_SETS_TOTAL);
  SYNC (side, p->side, PROP_SIDE);
  sync_string (self, &self->shown.side_label,
               patella_exercise_get_side_label (p->exercise, p->side), PROP_SIDE_LABEL);
  SYNC (start, started ? self->phase_start : 0, PROP_PHASE_START_USEC);
  SYNC (end, (started && self->timed) ? self->phase_end : 0, PROP_PHASE_END_USEC);
  SYNC (timed, self->timed, PROP_PHASE_TIMED);
  SYNC (duration, patella_timeline_get_duration_usec (self->timeline), PROP_DURATION_USEC);

  g_object_thaw_notify (object);
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

static void
close_set (PatellaEngine *self,
           gint64         when,
           gboolean       cue)
{
  const PatellaPhase *first = phase_at (self, self->set_first);
  g_autoptr(PatellaSetRecord) record = patella_set_record_new ();
  PatellaWorkKind work = patella_exercise_get_work_kind (first->exercise);
  gint64 held = 0;

  g_assert (self->set_open);

  for (guint i = 0; i < self->reps->len; i++)
    held += g_array_index (self->reps, RepState, i).held_usec;

  record->exercise_id = g_strdup (patella_exercise_get_id (first->exercise));
  record->side = first->side;
  record->set = first->set;
  record->reps_planned = first->reps_total;
  record->reps_done = count_reps_done (self);
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

  g_signal_emit (self, signals[SET_FINISHED], 0, record);
  if (cue)
    emit_cue (self, PATELLA_CUE_SET_DONE, when);
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
  sync_properties (self);

  summary->ended_usec = wall_at (self, when);
  summary->paused_usec = self->paused_total;
  summary->active_usec = when - self->started_mono - self->paused_total;
  summary->completed = completed;

  emit_cue (self, PATELLA_CUE_SESSION_DONE, when);
  g_signal_emit (self, signals[FINISHED], 0, summary);
}

static void
enter_phase (PatellaEngine *self,
             guint          index,
             gint64         start)
{
  const PatellaPhase *p = phase_at (self, index);

  self->index = index;
  self->phase = p;
  self->origin = start - p->offset_usec;
  self->phase_start = self->origin + p->offset_usec;
  self->timed = phase_is_timed (self, p);
  self->phase_end = self->timed ? self->phase_start + p->duration_usec : 0;
  self->n_ticks = self->timed ? count_ticks (p) : 0;
  self->ticks_done = 0;

  if (is_work (p) && !(self->set_open && self->set_first == p->set_first))
    open_set (self, p, start);

  sync_properties (self);

  if (self->state == PATELLA_ENGINE_RUNNING)
    {
      self->start_cue_pending = FALSE;
      emit_cue (self, patella_cue_for_phase_kind (p->kind), self->phase_start);
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

  leave_phase (self, when);

  if (is_work (p) && self->set_open && index == p->rep_last)
    {
      g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
      emit_cue (self, PATELLA_CUE_REP_DONE, when);
    }
  if (is_work (p) && self->set_open && index == p->set_last)
    close_set (self, when, TRUE);
  if (p->kind == PATELLA_PHASE_REST)
    emit_cue (self, PATELLA_CUE_REST_OVER, when);

  /* Written out so the boundary is visibly origin + offset: */
  if (index + 1 < patella_timeline_get_n_phases (self->timeline) && when == self->phase_end)
    go_to (self, index + 1, self->origin + phase_at (self, index + 1)->offset_usec);
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
  leave_phase (self, when);

  if (self->set_open)
    {
      const PatellaPhase *first = phase_at (self, self->set_first);

      if (target < first->set_first || target > first->set_last)
        close_set (self, when, TRUE);
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
  now = now_usec (self);

  g_object_ref (self);
  /* Normally one event per wake-up; several only if the loop was stalled. */
  while (self->state == PATELLA_ENGINE_RUNNING && (due = next_event_due (self)) <= now)
    {
      if (self->ticks_done < self->n_ticks)
        {
          self->ticks_done++;
          emit_cue (self,
                    self->phase->kind == PATELLA_PHASE_HOLD ? PATELLA_CUE_HOLD_TICK
                                                            : PATELLA_CUE_GET_READY_TICK,
                    due);
        }
      else
        {
          end_phase (self, due);
        }
    }
  reschedule (self);
  g_object_unref (self);
}

static void
reschedule (PatellaEngine *self)
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
static gint64
settle (PatellaEngine *self)
{
  gint64 now = now_usec (self);

  if (self->state == PATELLA_ENGINE_PAUSED)
    shift (self, now - self->paused_at);

  return now;
}

static gboolean
is_live (PatellaEngine *self)
{
  return self->state == PATELLA_ENGINE_RUNNING || self->state == PATELLA_ENGINE_PAUSED;
}

static void
patella_engine_dispose (GObject *object)
{
  PatellaEngine *self = (PatellaEngine *)object;

  if (self->alarm_id != 0 && self->clock != NULL)
    patella_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;

  g_clear_object (&self->shown.exercise);
  g_clear_object (&self->shown.next_exercise);
  g_clear_object (&self->timeline);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (patella_engine_parent_class)->dispose (object);
}

static void
patella_engine_finalize (GObject *object)
{
  PatellaEngine *self = (PatellaEngine *)object;

  g_clear_pointer (&self->reps, g_array_unref);
  g_clear_pointer (&self->summary, patella_session_summary_free);
  g_free (self->shown.label);
  g_free (self->shown.next_label);
  g_free (self->shown.side_label);

  G_OBJECT_CLASS (patella_engine_parent_class)->finalize (object);
}

static void
patella_engine_constructed (GObject *object)
{
  PatellaEngine *self = (PatellaEngine *)object;

  G_OBJECT_CLASS (patella_engine_parent_class)->constructed (object);

  g_assert (PATELLA_IS_CLOCK (self->clock));
  g_assert (PATELLA_IS_TIMELINE (self->timeline));

  self->index = 0;
  self->phase = phase_at (self, 0);
  self->timed = phase_is_timed (self, self->phase);

  /* Quietly: nobody can be connected yet. */
  g_object_freeze_notify (object);
  sync_properties (self);
  g_object_thaw_notify (object);
}

static void
patella_engine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PatellaEngine *self = PATELLA_ENGINE (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    case PROP_DURATION_USEC:
      g_value_set_int64 (value, self->shown.duration);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->shown.state);
      break;
    case PROP_SELF_PACED:
      g_value_set_boolean (value, self->self_paced);
      break;
    case PROP_PHASE_INDEX:
      g_value_set_uint (value, self->shown.index);
      break;
    case PROP_EXERCISE:
      g_value_set_object (value, self->shown.exercise);
      break;
    case PROP_EXERCISE_INDEX:
      g_value_set_uint (value, self->shown.item);
      break;
    case PROP_N_EXERCISES:
      g_value_set_uint (value, self->shown.n_items);
      break;
    case PROP_PHASE_KIND:
      g_value_set_enum (value, self->shown.kind);
      break;
    case PROP_PHASE_LABEL:
      g_value_set_string (value, self->shown.label);
      break;
    case PROP_NEXT_PHASE_LABEL:
      g_value_set_string (value, self->shown.next_label);
      break;
    case PROP_NEXT_EXERCISE:
      g_value_set_object (value, self->shown.next_exercise);
      break;
    case PROP_REP:
      g_value_set_uint (value, self->shown.rep);
      break;
    case PROP_REPS_TOTAL:
      g_value_set_uint (value, self->shown.reps_total);
      break;
    case PROP_REPS_DONE:
      g_value_set_uint (value, self->shown.reps_done);
      break;
    case PROP_SET:
      g_value_set_uint (value, self->shown.set);
      break;
    case PROP_SETS_TOTAL:
      g_value_set_uint (value, self->shown.sets_total);
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->shown.side);
      break;
    case PROP_SIDE_LABEL:
      g_value_set_string (value, self->shown.side_label);
      break;
    case PROP_PHASE_START_USEC:
      g_value_set_int64 (value, self->shown.start);
      break;
    case PROP_PHASE_END_USEC:
      g_value_set_int64 (value, self->shown.end);
      break;
    case PROP_PHASE_TIMED:
      g_value_set_boolean (value, self->shown.timed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_engine_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PatellaEngine *self = PATELLA_ENGINE (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    case PROP_TIMELINE:
      self->timeline = g_value_dup_object (value);
      break;
    case PROP_SELF_PACED:
      patella_engine_set_self_paced (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_engine_class_init (PatellaEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = patella_engine_dispose;
  object_class->finalize = patella_engine_finalize;
  object_class->constructed = patella_engine_constructed;
  object_class->get_property = patella_engine_get_property;
  object_class->set_property = patella_engine_set_property;

  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, PATELLA_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Replaced, and notified, when an exercise is substituted. */
  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, PATELLA_TYPE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DURATION_USEC] =
    g_param_spec_int64 ("duration-usec", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       PATELLA_TYPE_ENGINE_STATE, PATELLA_ENGINE_READY, ro);
  properties[PROP_SELF_PACED] =
    g_param_spec_boolean ("self-paced", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHASE_INDEX] =
    g_param_spec_uint ("phase-index", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, PATELLA_TYPE_EXERCISE, ro);
  properties[PROP_EXERCISE_INDEX] =
    g_param_spec_uint ("exercise-index", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_EXERCISES] =
    g_param_spec_uint ("n-exercises", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PHASE_KIND] =
    g_param_spec_enum ("phase-kind", NULL, NULL,
                       PATELLA_TYPE_PHASE_KIND, PATELLA_PHASE_GET_READY, ro);
  properties[PROP_PHASE_LABEL] =
    g_param_spec_string ("phase-label", NULL, NULL, NULL, ro);
  properties[PROP_NEXT_PHASE_LABEL] =
    g_param_spec_string ("next-phase-label", NULL, NULL, NULL, ro);
  properties[PROP_NEXT_EXERCISE] =
    g_param_spec_object ("next-exercise", NULL, NULL, PATELLA_TYPE_EXERCISE, ro);
  properties[PROP_REP] = g_param_spec_uint ("rep", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REPS_TOTAL] =
    g_param_spec_uint ("reps-total", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REPS_DONE] =
    g_param_spec_uint ("reps-done", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SET] = g_param_spec_uint ("set", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SETS_TOTAL] =
    g_param_spec_uint ("sets-total", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL, PATELLA_TYPE_SIDE, PATELLA_SIDE_LEFT, ro);
  properties[PROP_SIDE_LABEL] =
    g_param_spec_string ("side-label", NULL, NULL, NULL, ro);
  properties[PROP_PHASE_START_USEC] =
    g_param_spec_int64 ("phase-start-usec", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PHASE_END_USEC] =
    g_param_spec_int64 ("phase-end-usec", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_PHASE_TIMED] =
    g_param_spec_boolean ("phase-timed", NULL, NULL, TRUE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PatellaEngine::cue:
   * @cue: what to mark
   * @due_usec: the scheduled monotonic instant; compare with now to drop a
   *   cue the main loop delivered too late to be useful
   */
  signals[CUE] =
    g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PATELLA_TYPE_CUE, G_TYPE_INT64);

  /**
   * PatellaEngine::set-finished:
   * @record: (transfer none): valid during the emission only; copy to keep
   *
   * Once per set per side, when it ends by time, is stopped or skipped
   * after it began, or when the session finishes or is substituted during
   * it. A set the user goes back to is recorded again when it ends.
   */
  signals[SET_FINISHED] =
    g_signal_new ("set-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PATELLA_TYPE_SET_RECORD | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * PatellaEngine::finished:
   * @summary: (transfer none): the whole session; completed is %FALSE
   *   after patella_engine_finish()
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PATELLA_TYPE_SESSION_SUMMARY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
patella_engine_init (PatellaEngine *self)
{
  self->reps = g_array_new (FALSE, TRUE, sizeof (RepState));
  self->summary = patella_session_summary_new ();
  self->state = PATELLA_ENGINE_READY;
}

/**
 * patella_engine_new:
 * @clock: the real clock, or a fake one in tests
 * @timeline: what to run
 *
 * Returns: (transfer full): an engine in the ready state
 */
PatellaEngine *
patella_engine_new (PatellaClock    *clock,
                    PatellaTimeline *timeline)
{
  g_return_val_if_fail (PATELLA_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (PATELLA_IS_TIMELINE (timeline), NULL);
  g_return_val_if_fail (patella_timeline_get_n_phases (timeline) > 0, NULL);

  return g_object_new (PATELLA_TYPE_ENGINE, "clock", clock, "timeline", timeline, NULL);
}

/**
 * patella_engine_get_clock:
 *
 * Returns: (transfer none): the clock
 */
PatellaClock *
patella_engine_get_clock (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->clock;
}

/**
 * patella_engine_get_timeline:
 *
 * Returns: (transfer none): what the engine runs now (a new object after a
 *   substitution)
 */
PatellaTimeline *
patella_engine_get_timeline (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->timeline;
}

PatellaEngineState
patella_engine_get_state (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), PATELLA_ENGINE_READY);
  return self->shown.state;
}

guint
patella_engine_get_phase_index (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->index;
}

/**
 * patella_engine_get_phase:
 *
 * Returns: (transfer none): the current phase of the current timeline
 */
const PatellaPhase *
patella_engine_get_phase (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->phase;
}

/**
 * patella_engine_get_exercise:
 *
 * Returns: (transfer none): the exercise of the current phase
 */
PatellaExercise *
patella_engine_get_exercise (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->shown.exercise;
}

/* 0-based position of the current exercise in the timeline. */
guint
patella_engine_get_exercise_index (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.item;
}

guint
patella_engine_get_n_exercises (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.n_items;
}

PatellaPhaseKind
patella_engine_get_phase_kind (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), PATELLA_PHASE_GET_READY);
  return self->shown.kind;
}

const char *
patella_engine_get_phase_label (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->shown.label;
}

/* NULL on the last phase and once finished. */
const char *
patella_engine_get_next_phase_label (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->shown.next_label;
}

/**
 * patella_engine_get_next_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise after the current one
 */
PatellaExercise *
patella_engine_get_next_exercise (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->shown.next_exercise;
}

/* 1-based; 0 outside a rep (get ready, rest, switch side, exercise done). */
guint
patella_engine_get_rep (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.rep;
}

guint
patella_engine_get_reps_total (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.reps_total;
}

/* Reps completed so far in the set in progress: what "stop here" records. */
guint
patella_engine_get_reps_done (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.reps_done;
}

guint
patella_engine_get_set (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.set;
}

guint
patella_engine_get_sets_total (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.sets_total;
}

PatellaSide
patella_engine_get_side (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), PATELLA_SIDE_BOTH);
  return self->shown.side;
}

const char *
patella_engine_get_side_label (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), NULL);
  return self->shown.side_label;
}

/* Monotonic µs; 0 before the start. Shifts forward on resume. */
gint64
patella_engine_get_phase_start_usec (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.start;
}

/* Monotonic µs; 0 before the start and while a self-paced movement waits
 * for the user. */
gint64
patella_engine_get_phase_end_usec (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);
  return self->shown.end;
}

gboolean
patella_engine_get_phase_timed (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), TRUE);
  return self->shown.timed;
}

gboolean
patella_engine_get_self_paced (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);
  return self->self_paced;
}

/**
 * patella_engine_set_self_paced:
 *
 * In self-paced mode the movements (up, pause, down) wait for
 * patella_engine_rep_done(); holds, rests and countdowns stay timed. A
 * movement under way when the mode changes starts over from now.
 */
void
patella_engine_set_self_paced (PatellaEngine *self,
                               gboolean       self_paced)
{
  gint64 now;

  g_return_if_fail (PATELLA_IS_ENGINE (self));

  self_paced = !!self_paced;
  if (self->self_paced == self_paced)
    return;

  self->self_paced = self_paced;

  if (is_live (self) && phase_is_timed (self, self->phase) != self->timed)
    {
      now = settle (self);
      self->origin = now - self->phase->offset_usec;
      self->phase_start = now;
      self->timed = phase_is_timed (self, self->phase);
      self->phase_end = self->timed ? now + self->phase->duration_usec : 0;
      self->n_ticks = self->timed ? count_ticks (self->phase) : 0;
      self->ticks_done = 0;
    }
  else if (self->state == PATELLA_ENGINE_READY)
    {
      self->timed = phase_is_timed (self, self->phase);
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_PACED]);
  sync_properties (self);
  g_object_thaw_notify (G_OBJECT (self));

  reschedule (self);
}

/**
 * patella_engine_get_phase_progress:
 * @now_usec: a monotonic instant, e.g. a frame clock's frame time
 *
 * Returns: how far the current phase has gone, from 0 to 1; frozen while
 *   paused, 0 for a self-paced movement, 1 once finished
 */
double
patella_engine_get_phase_progress (PatellaEngine *self,
                                   gint64         now_usec)
{
  gint64 t;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0.0);

  switch (self->state)
    {
    case PATELLA_ENGINE_READY:
      return 0.0;
    case PATELLA_ENGINE_FINISHED:
      return 1.0;
    case PATELLA_ENGINE_PAUSED:
      t = self->paused_at;
      break;
    case PATELLA_ENGINE_RUNNING:
      t = now_usec;
      break;
    default:
      g_return_val_if_reached (0.0);
    }

  if (!self->timed || self->phase_end <= self->phase_start)
    return 0.0;

  return CLAMP ((double)(t - self->phase_start) / (double)(self->phase_end - self->phase_start),
                0.0, 1.0);
}

/**
 * patella_engine_get_remaining_usec:
 *
 * Returns: the time left in the session at @now_usec if every remaining
 *   phase runs its full time
 */
gint64
patella_engine_get_remaining_usec (PatellaEngine *self,
                                   gint64         now_usec)
{
  const PatellaPhase *p;
  gint64 after;
  gint64 in_phase;
  gint64 t;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), 0);

  p = self->phase;
  switch (self->state)
    {
    case PATELLA_ENGINE_READY:
      return patella_timeline_get_duration_usec (self->timeline);
    case PATELLA_ENGINE_FINISHED:
      return 0;
    case PATELLA_ENGINE_PAUSED:
      t = self->paused_at;
      break;
    case PATELLA_ENGINE_RUNNING:
      t = now_usec;
      break;
    default:
      g_return_val_if_reached (0);
    }

  after = patella_timeline_get_duration_usec (self->timeline) - p->offset_usec - p->duration_usec;
  in_phase = self->timed ? CLAMP (self->phase_end - t, 0, p->duration_usec) : p->duration_usec;

  return after + in_phase;
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

  now = now_usec (self);
  self->started_mono = now;
  self->summary->started_usec = wall_at (self, now);
  self->state = PATELLA_ENGINE_RUNNING;
  enter_phase (self, self->index, now);
  reschedule (self);

  return TRUE;
}

gboolean
patella_engine_pause (PatellaEngine *self)
{
  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  if (self->state != PATELLA_ENGINE_RUNNING)
    return FALSE;

  self->paused_at = now_usec (self);
  self->state = PATELLA_ENGINE_PAUSED;
  reschedule (self);
  sync_properties (self);

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

  settle (self);
  self->state = PATELLA_ENGINE_RUNNING;
  sync_properties (self);

  /* A phase entered during the pause (by a skip, say) announces itself now. */
  if (self->start_cue_pending)
    {
      self->start_cue_pending = FALSE;
      emit_cue (self, patella_cue_for_phase_kind (self->phase->kind), self->phase_start);
    }

  reschedule (self);

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

  if (!is_live (self))
    return FALSE;

  end_phase (self, settle (self));
  reschedule (self);

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

  if (!is_live (self) || !is_work (self->phase))
    return FALSE;

  jump (self, self->phase->rep_last + 1, settle (self), 0);
  reschedule (self);

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

  if (!is_live (self) || self->phase->kind == PATELLA_PHASE_EXERCISE_DONE)
    return FALSE;

  jump (self, self->phase->set_last + 1, settle (self), 0);
  reschedule (self);

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

  if (!is_live (self) || !is_work (self->phase) || !self->set_open)
    return FALSE;

  jump (self, self->phase->set_last + 1, settle (self), 0);
  reschedule (self);

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

  if (!is_live (self))
    return FALSE;

  jump (self, self->phase->item_last + 1, settle (self), 0);
  reschedule (self);

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
  if (!is_live (self) || !is_work (p))
    return FALSE;

  target = p->rep > 1 ? phase_at (self, p->rep_first - 1)->rep_first : p->rep_first;
  jump (self, target, settle (self), phase_at (self, target)->rep);
  reschedule (self);

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
  if (!is_live (self))
    return FALSE;

  if (is_work (p))
    {
      jump (self, p->set_first, settle (self), 1);
    }
  else
    {
      before = self->index > 0 ? phase_at (self, self->index - 1) : NULL;
      if (p->kind == PATELLA_PHASE_GET_READY || before == NULL || !is_work (before))
        return FALSE;
      jump (self, before->set_first, settle (self), 0);
    }

  reschedule (self);

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
  gint64 now;

  g_return_val_if_fail (PATELLA_IS_ENGINE (self), FALSE);

  p = self->phase;
  if (!is_live (self) || !is_work (p) || p->kind == PATELLA_PHASE_HOLD || !self->set_open)
    return FALSE;

  now = settle (self);

  for (guint i = self->index + 1; i <= p->rep_last; i++)
    if (phase_at (self, i)->kind == PATELLA_PHASE_HOLD)
      {
        jump (self, i, now, 0);
        reschedule (self);
        return TRUE;
      }

  leave_phase (self, now);
  g_array_index (self->reps, RepState, p->rep - 1).done = TRUE;
  emit_cue (self, PATELLA_CUE_REP_DONE, now);
  if (p->rep_last == p->set_last)
    close_set (self, now, TRUE);
  go_to (self, p->rep_last + 1, now);
  reschedule (self);

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

  finish_session (self, settle (self), FALSE);

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
  const PatellaPhase *p;
  gboolean between;
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
      const PatellaPhase *next = phase_at (self, p->item_last + 1);

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

  now = settle (self);

  if (!between)
    {
      leave_phase (self, now);
      if (self->set_open)
        close_set (self, now, FALSE);
    }

  /* The phases before the cut are the same in both timelines, so the
   * current one stays valid when the replacement comes next. */
  g_set_object (&self->timeline, replaced);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
  self->phase = phase_at (self, self->index);

  if (between)
    sync_properties (self);
  else if (self->state == PATELLA_ENGINE_READY)
    {
      self->index = start;
      self->phase = phase_at (self, start);
      sync_properties (self);
    }
  else
    enter_phase (self, start, now);

  reschedule (self);

  return TRUE;
}
