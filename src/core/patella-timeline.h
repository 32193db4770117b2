/* patella-timeline.h: a session expanded into a flat list of timed phases
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-cue.h"
#include "patella-dose.h"
#include "patella-exercise.h"

G_BEGIN_DECLS

/* How long the "exercise done" phase between two exercises lasts. */
#define PATELLA_TIMELINE_EXERCISE_DONE_USEC (3 * G_USEC_PER_SEC)

typedef struct
{
  PatellaExercise   *exercise;
  const PatellaDose *dose;          /* NULL: the exercise's default dose */
} PatellaTimelineItem;

/* All fields may be left zero: affected side left, start at the beginning.
 * The start fields resume an interrupted session at a given set (and side)
 * of a given item; the phases keep their real set numbers. */
typedef struct
{
  PatellaSide affected_side;        /* for affected-leg-only exercises */
  guint       start_item;           /* 0-based index into the items */
  guint       start_set;            /* 1-based; 0 means 1 */
  PatellaSide start_side;           /* RIGHT: that set's right side; LEFT or BOTH: its first */
} PatellaTimelineOptions;

typedef struct
{
  PatellaPhaseKind   kind;
  PatellaExercise   *exercise;
  const PatellaDose *dose;
  guint              item;          /* 0-based position of the exercise in this timeline */
  PatellaSide        side;
  guint              set;           /* 1-based */
  guint              sets_total;
  guint              rep;           /* 1-based; 0 outside a rep */
  guint              reps_total;
  gboolean           substituted;   /* the item replaced another exercise mid-session */
  gint64             offset_usec;   /* from the start of the timeline */
  gint64             duration_usec;
  /* Inclusive index ranges of the groups this phase belongs to, so the
   * engine can skip and go back without searching. Outside a rep the rep
   * range is the phase itself. Get-ready, rest and switch-side point at the
   * set (one side of it) that follows them; exercise-done at the one before. */
  guint              rep_first, rep_last;
  guint              set_first, set_last;
  guint              item_first, item_last;
} PatellaPhase;

#define PATELLA_TIMELINE_ERROR (patella_timeline_error_quark ())
GQuark patella_timeline_error_quark (void);

typedef enum
{
  PATELLA_TIMELINE_ERROR_EMPTY,        /* no items, or nothing left after the start */
  PATELLA_TIMELINE_ERROR_BAD_START,    /* the resume point is not in the session */
  PATELLA_TIMELINE_ERROR_BAD_SIDE,     /* the affected side is not left, right or both */
} PatellaTimelineError;

#define PATELLA_TYPE_TIMELINE (patella_timeline_get_type ())
G_DECLARE_FINAL_TYPE (PatellaTimeline, patella_timeline, PATELLA, TIMELINE, GObject)

PatellaTimeline    *patella_timeline_new               (const PatellaTimelineItem    *items,
                                                        guint                         n_items,
                                                        const PatellaTimelineOptions *options,
                                                        GError                      **error);
PatellaTimeline    *patella_timeline_substitute        (PatellaTimeline              *self,
                                                        guint                         cut,
                                                        guint                         item,
                                                        PatellaExercise              *exercise,
                                                        const PatellaDose            *dose,
                                                        guint                         n_sets,
                                                        guint                        *start,
                                                        GError                      **error);

guint               patella_timeline_get_n_phases      (PatellaTimeline *self);
const PatellaPhase *patella_timeline_get_phase         (PatellaTimeline *self,
                                                        guint            index);
gint64              patella_timeline_get_duration_usec (PatellaTimeline *self);
guint               patella_timeline_get_n_items       (PatellaTimeline *self);
PatellaExercise    *patella_timeline_get_item_exercise (PatellaTimeline *self,
                                                        guint            item);
const PatellaDose  *patella_timeline_get_item_dose     (PatellaTimeline *self,
                                                        guint            item);
PatellaSide         patella_timeline_get_affected_side (PatellaTimeline *self);
guint               patella_timeline_find_set          (PatellaTimeline *self,
                                                        guint            item,
                                                        guint            set,
                                                        PatellaSide      side);


G_END_DECLS
