/* patella-set-record.h: what was done in one set on one side
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-cue.h"

G_BEGIN_DECLS

/* One record per set per side: a clamshell set gives a left and a right
 * record. Hold seconds are totals over the set (reps planned times the
 * dose's hold, and the time actually held, partial holds included), so a
 * set stopped early says exactly how much work it held. Instants are wall
 * clock, UTC microseconds, from the engine's clock. */
typedef struct
{
  char        *exercise_id;
  PatellaSide  side;
  guint        set;               /* 1-based */
  guint        reps_planned;
  guint        reps_done;
  double       hold_seconds_planned;
  double       hold_seconds_done;
  gint64       started_usec;
  gint64       ended_usec;
  gboolean     substituted;       /* the exercise replaced the planned one */
} PatellaSetRecord;

#define PATELLA_TYPE_SET_RECORD (patella_set_record_get_type ())
GType patella_set_record_get_type (void) G_GNUC_CONST;

PatellaSetRecord *patella_set_record_new   (void);
PatellaSetRecord *patella_set_record_copy  (const PatellaSetRecord *record);
void              patella_set_record_free  (PatellaSetRecord       *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaSetRecord, patella_set_record_free)

G_END_DECLS
