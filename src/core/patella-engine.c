/* patella-engine.c: runs a timeline against a clock: the object, its properties and signals
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-engine-private.h"

/* The schedule and the operations that change it are in
 * patella-engine-run.c; this file holds what the UI sees of it. */

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

void
_patella_engine_emit_cue (PatellaEngine *self,
                          PatellaCue     cue,
                          gint64         due)
{
  g_signal_emit (self, signals[CUE], 0, cue, due);
}


void
_patella_engine_emit_set_finished (PatellaEngine    *self,
                                   PatellaSetRecord *record)
{
  g_signal_emit (self, signals[SET_FINISHED], 0, record);
}

void
_patella_engine_emit_finished (PatellaEngine         *self,
                               PatellaSessionSummary *summary)
{
  g_signal_emit (self, signals[FINISHED], 0, summary);
}

void
_patella_engine_notify_timeline (PatellaEngine *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
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

guint
_patella_engine_count_reps_done (PatellaEngine *self)
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
  const PatellaPhase *after = _patella_engine_phase_at (self, self->phase->item_last + 1);

  return after ? after->exercise : NULL;
}

/* Everything the UI binds to, recomputed from the engine's state at once,
 * inside one freeze so a phase change reaches handlers as one batch. */
void
_patella_engine_sync_properties (PatellaEngine *self)
{
  const PatellaPhase *p = self->phase;
  const PatellaPhase *next = _patella_engine_phase_at (self, self->index + 1);
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
  SYNC (reps_done, _patella_engine_count_reps_done (self), PROP_REPS_DONE);
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
  self->phase = _patella_engine_phase_at (self, 0);
  self->timed = _patella_engine_phase_is_timed (self, self->phase);

  /* Quietly: nobody can be connected yet. */
  g_object_freeze_notify (object);
  _patella_engine_sync_properties (self);
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
   *
   * Handlers of this and the other signals, and of property notifications,
   * may call engine operations (pause after a set, say); the engine then
   * carries on from what the handler did.
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

  if (_patella_engine_is_live (self) &&
      _patella_engine_phase_is_timed (self, self->phase) != self->timed)
    {
      now = _patella_engine_settle (self);
      self->origin = now - self->phase->offset_usec;
      self->phase_start = now;
      self->timed = _patella_engine_phase_is_timed (self, self->phase);
      self->phase_end = self->timed ? now + self->phase->duration_usec : 0;
      self->n_ticks = self->timed ? _patella_engine_count_ticks (self->phase) : 0;
      self->ticks_done = 0;
    }
  else if (self->state == PATELLA_ENGINE_READY)
    {
      self->timed = _patella_engine_phase_is_timed (self, self->phase);
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_PACED]);
  _patella_engine_sync_properties (self);
  g_object_thaw_notify (G_OBJECT (self));

  _patella_engine_reschedule (self);
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

