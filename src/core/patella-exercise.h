/* patella-exercise.h: one exercise: its texts, how its work and sides run, its default dose
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-cue.h"
#include "patella-dose.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_SIDE_MODE_EACH_SIDE,      /* left, then right */
  PATELLA_SIDE_MODE_BOTH_AT_ONCE,   /* one pass, both legs */
  PATELLA_SIDE_MODE_AFFECTED_ONLY,  /* the user's affected leg (each in turn if both) */
} PatellaSideMode;

#define PATELLA_TYPE_SIDE_MODE (patella_side_mode_get_type ())
GType patella_side_mode_get_type (void) G_GNUC_CONST;

#define PATELLA_EXERCISE_MAX_STEPS 8
#define PATELLA_EXERCISE_MAX_CAUTIONS 4

/* An exercise the user defines: its id starts with this, and its texts
 * have these limits (in characters). */
#define PATELLA_EXERCISE_CUSTOM_PREFIX "custom-"
#define PATELLA_EXERCISE_CUSTOM_NAME_MAX 60
#define PATELLA_EXERCISE_CUSTOM_INSTRUCTIONS_MAX 2000

/* The untranslated description of an exercise, as the catalogue's static
 * table holds it (strings marked with N_()). Labels left NULL take the
 * generic word for the phase kind or side. */
typedef struct
{
  const char      *id;
  const char      *name;
  const char      *purpose;
  const char      *dose_advice;
  const char      *steps[PATELLA_EXERCISE_MAX_STEPS + 1];
  const char      *cautions[PATELLA_EXERCISE_MAX_CAUTIONS + 1];
  PatellaWorkKind  work;
  PatellaSideMode  side_mode;
  gboolean         optional;
  PatellaDose      dose;
  const char      *phase_labels[PATELLA_N_PHASE_KINDS];
  const char      *side_labels[PATELLA_SIDE_BOTH + 1];
} PatellaExerciseInfo;

#define PATELLA_TYPE_EXERCISE (patella_exercise_get_type ())
G_DECLARE_FINAL_TYPE (PatellaExercise, patella_exercise, PATELLA, EXERCISE, GObject)

PatellaExercise    *patella_exercise_new               (const PatellaExerciseInfo *info);
PatellaExercise    *patella_exercise_new_custom        (const char        *id,
                                                        const char        *name,
                                                        PatellaWorkKind    work,
                                                        PatellaSideMode    side_mode,
                                                        const PatellaDose *dose,
                                                        const char        *instructions);
gboolean            patella_exercise_validate_custom   (const char        *name,
                                                        const char        *instructions,
                                                        GError           **error);
gboolean            patella_exercise_get_custom        (PatellaExercise  *self);

const char         *patella_exercise_get_id            (PatellaExercise  *self);
const char         *patella_exercise_get_name          (PatellaExercise  *self);
const char         *patella_exercise_get_purpose       (PatellaExercise  *self);
const char         *patella_exercise_get_dose_advice   (PatellaExercise  *self);
const char * const *patella_exercise_get_steps         (PatellaExercise  *self);
const char * const *patella_exercise_get_cautions      (PatellaExercise  *self);
PatellaWorkKind     patella_exercise_get_work_kind     (PatellaExercise  *self);
PatellaSideMode     patella_exercise_get_side_mode     (PatellaExercise  *self);
gboolean            patella_exercise_get_optional      (PatellaExercise  *self);
const PatellaDose  *patella_exercise_get_default_dose  (PatellaExercise  *self);
const char         *patella_exercise_get_phase_label   (PatellaExercise  *self,
                                                        PatellaPhaseKind  kind);
const char         *patella_exercise_get_side_label    (PatellaExercise  *self,
                                                        PatellaSide       side);
gboolean            patella_exercise_validate_dose     (PatellaExercise   *self,
                                                        const PatellaDose *dose,
                                                        GError           **error);
guint               patella_exercise_get_sides         (PatellaExercise  *self,
                                                        PatellaSide       affected,
                                                        PatellaSide       sides[2]);

G_END_DECLS
