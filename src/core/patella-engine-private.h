/* patella-engine-private.h: the engine's state, shared by its two source files
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-engine.h"

G_BEGIN_DECLS

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
  /* Bumped on every phase entry and on finishing. Signal handlers may call
   * operations; code that emits a signal and then carries on checks this
   * to see whether a handler has already moved the session. */
  guint               serial;

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

/* patella-engine-run.c: the schedule */
gint64              _patella_engine_now               (PatellaEngine         *self);
const PatellaPhase *_patella_engine_phase_at          (PatellaEngine         *self,
                                                       guint                  index);
gboolean            _patella_engine_phase_is_timed    (PatellaEngine         *self,
                                                       const PatellaPhase    *phase);
guint               _patella_engine_count_ticks       (const PatellaPhase    *phase);
gint64              _patella_engine_settle            (PatellaEngine         *self);
void                _patella_engine_reschedule        (PatellaEngine         *self);
gboolean            _patella_engine_is_live           (PatellaEngine         *self);
gint64              _patella_engine_wall_at           (PatellaEngine         *self,
                                                       gint64                 mono);
gboolean            _patella_engine_is_work           (const PatellaPhase    *p);
PatellaSetRecord   *_patella_engine_take_record       (PatellaEngine         *self,
                                                       gint64                 when);
void                _patella_engine_close_set         (PatellaEngine         *self,
                                                       gint64                 when,
                                                       gboolean               cue);
void                _patella_engine_leave_phase       (PatellaEngine         *self,
                                                       gint64                 when);
void                _patella_engine_finish_session    (PatellaEngine         *self,
                                                       gint64                 when,
                                                       gboolean               completed);
void                _patella_engine_enter_phase       (PatellaEngine         *self,
                                                       guint                  index,
                                                       gint64                 start);
void                _patella_engine_go_to             (PatellaEngine         *self,
                                                       guint                  index,
                                                       gint64                 when);
void                _patella_engine_end_phase         (PatellaEngine         *self,
                                                       gint64                 when);
void                _patella_engine_jump              (PatellaEngine         *self,
                                                       guint                  target,
                                                       gint64                 when,
                                                       guint                  reset_from);

/* patella-engine.c: properties and signals */
void                _patella_engine_sync_properties   (PatellaEngine         *self);
guint               _patella_engine_count_reps_done   (PatellaEngine         *self);
void                _patella_engine_notify_timeline   (PatellaEngine         *self);
void                _patella_engine_emit_cue          (PatellaEngine         *self,
                                                       PatellaCue             cue,
                                                       gint64                 due);
void                _patella_engine_emit_set_finished (PatellaEngine         *self,
                                                       PatellaSetRecord      *record);
void                _patella_engine_emit_finished     (PatellaEngine         *self,
                                                       PatellaSessionSummary *summary);

G_END_DECLS
