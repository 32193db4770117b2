/* patella-engine.h: runs a timeline against a clock and says what happens when
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-clock.h"
#include "patella-cue.h"
#include "patella-exercise.h"
#include "patella-session-summary.h"
#include "patella-set-record.h"
#include "patella-timeline.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_ENGINE_READY,
  PATELLA_ENGINE_RUNNING,
  PATELLA_ENGINE_PAUSED,
  PATELLA_ENGINE_FINISHED,
} PatellaEngineState;

#define PATELLA_TYPE_ENGINE_STATE (patella_engine_state_get_type ())
GType patella_engine_state_get_type (void) G_GNUC_CONST;

#define PATELLA_ENGINE_ERROR (patella_engine_error_quark ())
GQuark patella_engine_error_quark (void);

typedef enum
{
  PATELLA_ENGINE_ERROR_FINISHED,           /* the session is over */
  PATELLA_ENGINE_ERROR_NOTHING_TO_REPLACE, /* no exercise is current or next */
} PatellaEngineError;

#define PATELLA_TYPE_ENGINE (patella_engine_get_type ())
G_DECLARE_FINAL_TYPE (PatellaEngine, patella_engine, PATELLA, ENGINE, GObject)

PatellaEngine      *patella_engine_new                  (PatellaClock      *clock,
                                                         PatellaTimeline   *timeline);

PatellaClock       *patella_engine_get_clock            (PatellaEngine     *self);
PatellaTimeline    *patella_engine_get_timeline         (PatellaEngine     *self);
PatellaEngineState  patella_engine_get_state            (PatellaEngine     *self);
guint               patella_engine_get_phase_index      (PatellaEngine     *self);
const PatellaPhase *patella_engine_get_phase            (PatellaEngine     *self);
PatellaExercise    *patella_engine_get_exercise         (PatellaEngine     *self);
guint               patella_engine_get_exercise_index   (PatellaEngine     *self);
guint               patella_engine_get_n_exercises      (PatellaEngine     *self);
PatellaPhaseKind    patella_engine_get_phase_kind       (PatellaEngine     *self);
const char         *patella_engine_get_phase_label      (PatellaEngine     *self);
const char         *patella_engine_get_next_phase_label (PatellaEngine     *self);
PatellaExercise    *patella_engine_get_next_exercise    (PatellaEngine     *self);
guint               patella_engine_get_rep              (PatellaEngine     *self);
guint               patella_engine_get_reps_total       (PatellaEngine     *self);
guint               patella_engine_get_reps_done        (PatellaEngine     *self);
guint               patella_engine_get_set              (PatellaEngine     *self);
guint               patella_engine_get_sets_total       (PatellaEngine     *self);
PatellaSide         patella_engine_get_side             (PatellaEngine     *self);
const char         *patella_engine_get_side_label       (PatellaEngine     *self);
gint64              patella_engine_get_phase_start_usec (PatellaEngine     *self);
gint64              patella_engine_get_phase_end_usec   (PatellaEngine     *self);
gboolean            patella_engine_get_phase_timed      (PatellaEngine     *self);
gboolean            patella_engine_get_self_paced       (PatellaEngine     *self);
void                patella_engine_set_self_paced       (PatellaEngine     *self,
                                                         gboolean          self_paced);

double              patella_engine_get_phase_progress   (PatellaEngine     *self,
                                                         gint64            now_usec);
gint64              patella_engine_get_remaining_usec   (PatellaEngine     *self,
                                                         gint64            now_usec);

gboolean            patella_engine_start                (PatellaEngine     *self);
gboolean            patella_engine_pause                (PatellaEngine     *self);
gboolean            patella_engine_resume               (PatellaEngine     *self);
gboolean            patella_engine_skip_phase           (PatellaEngine     *self);
gboolean            patella_engine_skip_rep             (PatellaEngine     *self);
gboolean            patella_engine_skip_set             (PatellaEngine     *self);
gboolean            patella_engine_skip_exercise        (PatellaEngine     *self);
gboolean            patella_engine_back_rep             (PatellaEngine     *self);
gboolean            patella_engine_back_set             (PatellaEngine     *self);
gboolean            patella_engine_stop_set             (PatellaEngine     *self);
gboolean            patella_engine_rep_done             (PatellaEngine     *self);
gboolean            patella_engine_finish               (PatellaEngine     *self);
gboolean            patella_engine_substitute           (PatellaEngine     *self,
                                                         PatellaExercise   *exercise,
                                                         const PatellaDose *dose,
                                                         GError           **error);

G_END_DECLS
