/* patella-session-outcome.h: whether a session was completed, partly done or abandoned
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-set-record.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_EXERCISE_RESULT_DONE,          /* every planned set, in full */
  PATELLA_EXERCISE_RESULT_SWAPPED,       /* replaced by another exercise during the session */
  PATELLA_EXERCISE_RESULT_STOPPED_EARLY, /* some work, less than planned */
  PATELLA_EXERCISE_RESULT_SKIPPED,       /* nothing done */
} PatellaExerciseResult;

#define PATELLA_TYPE_EXERCISE_RESULT (patella_exercise_result_get_type ())
GType patella_exercise_result_get_type (void) G_GNUC_CONST;

typedef enum
{
  PATELLA_SESSION_OUTCOME_COMPLETED,
  PATELLA_SESSION_OUTCOME_PARTIAL,
  PATELLA_SESSION_OUTCOME_ABANDONED,
} PatellaSessionOutcomeKind;

#define PATELLA_TYPE_SESSION_OUTCOME_KIND (patella_session_outcome_kind_get_type ())
GType patella_session_outcome_kind_get_type (void) G_GNUC_CONST;

/* One planned exercise and what the session did of it. The caller fills
 * the plan's fields; the set counts come from the set records. Strings are
 * borrowed and must outlive the tally. */
typedef struct
{
  const char *exercise_id;
  const char *name;           /* translated, for the summary; NULL: the id */
  guint       sets_planned;   /* set records the plan expects: sets × sides */
  gboolean    until_tired;    /* reps are a ceiling: a set with any reps is full */
  gboolean    swapped;        /* the user swapped it for another exercise */
  guint       sets_full;      /* records with all the planned work */
  guint       sets_short;     /* records with some work, less than planned */
} PatellaExerciseTally;

/* Names are the tallies' names (or ids), in plan order. */
typedef struct
{
  PatellaSessionOutcomeKind kind;
  guint                     n_done;
  guint                     n_swapped;
  GStrv                     swapped;
  GStrv                     stopped_early;
  GStrv                     skipped;
} PatellaSessionOutcome;

#define PATELLA_TYPE_SESSION_OUTCOME (patella_session_outcome_get_type ())
GType patella_session_outcome_get_type (void) G_GNUC_CONST;

void                   patella_exercise_tally_add_record  (PatellaExerciseTally       *tally,
                                                           const PatellaSetRecord     *record);
void                   patella_exercise_tally_add_records (PatellaExerciseTally       *tallies,
                                                           guint                       n_tallies,
                                                           GPtrArray                  *records);
PatellaExerciseResult  patella_exercise_tally_get_result  (const PatellaExerciseTally *tally);

PatellaSessionOutcome *patella_session_outcome_compute    (const PatellaExerciseTally *tallies,
                                                           guint                       n_tallies,
                                                           gboolean                    ran_to_end);
PatellaSessionOutcome *patella_session_outcome_copy       (const PatellaSessionOutcome *outcome);
void                   patella_session_outcome_free       (PatellaSessionOutcome      *outcome);
const char            *patella_session_outcome_get_title  (const PatellaSessionOutcome *outcome);
char                  *patella_session_outcome_describe   (const PatellaSessionOutcome *outcome);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaSessionOutcome, patella_session_outcome_free)

G_END_DECLS
