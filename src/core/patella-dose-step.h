/* patella-dose-step.h: one step up or down an exercise's progression ladder
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-dose.h"

G_BEGIN_DECLS

/* The dose field a ladder rung moves. */
typedef enum
{
  PATELLA_DOSE_FIELD_NONE,
  PATELLA_DOSE_FIELD_REPS,
  PATELLA_DOSE_FIELD_SETS,
  PATELLA_DOSE_FIELD_HOLD,
} PatellaDoseField;

/* What a step did. */
typedef enum
{
  PATELLA_DOSE_STEP_MOVED,       /* the dose changed by one step */
  PATELLA_DOSE_STEP_AT_LIMIT,    /* already at the top (up) or the floor (down) */
  PATELLA_DOSE_STEP_NO_LADDER,   /* the exercise has no progression steps */
} PatellaDoseStepResult;

gboolean              patella_dose_step_has_ladder (const char        *exercise_id);
PatellaDoseStepResult patella_dose_step_up         (const char        *exercise_id,
                                                    const PatellaDose *dose,
                                                    PatellaDose       *out,
                                                    PatellaDoseField  *changed);
PatellaDoseStepResult patella_dose_step_down       (const char        *exercise_id,
                                                    const PatellaDose *dose,
                                                    PatellaDose       *out,
                                                    PatellaDoseField  *changed);

G_END_DECLS
