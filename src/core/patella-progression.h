/* patella-progression.h: the weekly review of one exercise's dose, from the user's pain
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-daily-series.h"
#include "patella-dose.h"
#include "patella-exercise.h"
#include "patella-pain-entry.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_PROGRESSION_PROGRESS,  /* one step up */
  PATELLA_PROGRESSION_HOLD,      /* the same dose */
  PATELLA_PROGRESSION_REDUCE,    /* one step back */
  PATELLA_PROGRESSION_PAUSED,    /* a warning sign waits for the user's confirmation */
} PatellaProgressionDecision;

#define PATELLA_TYPE_PROGRESSION_DECISION (patella_progression_decision_get_type ())
GType patella_progression_decision_get_type (void) G_GNUC_CONST;

/* Why: one reason per proposal, the first that applies in this order. */
typedef enum
{
  PATELLA_PROGRESSION_REASON_WARNING_UNCONFIRMED, /* PAUSED */
  PATELLA_PROGRESSION_REASON_PAIN_ABOVE_LIMIT,    /* REDUCE: pain during above 5 */
  PATELLA_PROGRESSION_REASON_MORNING_MUCH_WORSE,  /* REDUCE: next morning up 2 or more */
  PATELLA_PROGRESSION_REASON_WARNING_LOGGED,      /* HOLD: a sign this week, since confirmed */
  PATELLA_PROGRESSION_REASON_PAIN_AT_LIMIT,       /* HOLD: pain during reached 5 */
  PATELLA_PROGRESSION_REASON_MORNING_WORSE,       /* HOLD: next morning up 1 */
  PATELLA_PROGRESSION_REASON_NO_SESSIONS,         /* HOLD: not done this week */
  PATELLA_PROGRESSION_REASON_NO_PAIN_SCORES,      /* HOLD: done, pain during never scored */
  PATELLA_PROGRESSION_REASON_NO_MORNING_SCORES,   /* HOLD: no diary for a next morning */
  PATELLA_PROGRESSION_REASON_WELL_TOLERATED,      /* PROGRESS */
} PatellaProgressionReason;

#define PATELLA_TYPE_PROGRESSION_REASON (patella_progression_reason_get_type ())
GType patella_progression_reason_get_type (void) G_GNUC_CONST;

/* One session's work on the exercise: the local day it was done and the
 * highest pain during it, 0 to 10, or -1 when the user was not asked or
 * did not answer. */
typedef struct
{
  char day[PATELLA_LOCAL_DAY_LEN + 1];
  int  pain_during;
} PatellaExerciseSession;

#define PATELLA_PAIN_NOT_SCORED (-1)

/* What the review looks at. The week is the seven days before @today;
 * sessions and diary days outside it are ignored, so a caller may pass
 * more. The diary day after the week's last day is @today itself. */
typedef struct
{
  const char                   *today;
  const PatellaExerciseSession *sessions;
  gsize                         n_sessions;
  const PatellaSeriesPain      *pain;          /* the diary: day and usual pain */
  gsize                         n_pain;
  PatellaWarningSign            signs_logged;  /* warning signs logged during the week */
  gboolean                      warning_unconfirmed; /* a sign stands, not yet confirmed */
} PatellaProgressionInput;

/* A proposal the user accepts, edits or declines; never applied by itself. */
typedef struct
{
  char                      *exercise_id;
  PatellaProgressionDecision decision;
  PatellaProgressionReason   reason;
  PatellaDose                old_dose;
  PatellaDose                new_dose;     /* equal to old_dose unless the dose changes */
  gboolean                   at_limit;     /* the step was wanted but the ladder ends there */
  guint                      n_sessions;   /* the week's sessions of the exercise */
  int                        max_pain;     /* highest pain during, or PATELLA_PAIN_NOT_SCORED */
  int                        max_rise;     /* largest next-morning rise; G_MININT if none known */
  char                      *title;        /* "Clamshell: 20 → 25 reps a side" */
  char                      *explanation;  /* why, in plain words */
} PatellaProposal;

#define PATELLA_TYPE_PROPOSAL (patella_proposal_get_type ())
GType patella_proposal_get_type (void) G_GNUC_CONST;

/* The limits of the pain-monitoring model (Silbernagel et al. 2007). */
#define PATELLA_PROGRESSION_PAIN_LIMIT 5
#define PATELLA_PROGRESSION_WEEK_DAYS  7

PatellaProposal *patella_progression_review (PatellaExercise               *exercise,
                                             const PatellaDose             *dose,
                                             const PatellaProgressionInput *input);
gboolean         patella_progression_wall_squat_return (const char  *swapped_day,
                                                        const char  *last_kneecap_pain_day,
                                                        gboolean     warning_unconfirmed,
                                                        const char  *today,
                                                        char       **explanation);
gboolean         patella_proposal_changes_dose (const PatellaProposal *proposal);
PatellaProposal *patella_proposal_copy      (const PatellaProposal *proposal);
void             patella_proposal_free      (PatellaProposal       *proposal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaProposal, patella_proposal_free)

G_END_DECLS
