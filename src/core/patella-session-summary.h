/* patella-session-summary.h: what a finished session amounted to
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-set-record.h"

G_BEGIN_DECLS

typedef struct
{
  gint64     started_usec;      /* wall clock, UTC µs */
  gint64     ended_usec;
  gint64     active_usec;       /* time running, pauses excluded */
  gint64     paused_usec;
  guint      sets_done;         /* records emitted, per side */
  guint      reps_done;
  gboolean   completed;         /* ran to the end, not finished early */
  GPtrArray *sets;              /* of PatellaSetRecord, in the order they ended */
} PatellaSessionSummary;

#define PATELLA_TYPE_SESSION_SUMMARY (patella_session_summary_get_type ())
GType patella_session_summary_get_type (void) G_GNUC_CONST;

PatellaSessionSummary *patella_session_summary_new   (void);
PatellaSessionSummary *patella_session_summary_copy  (const PatellaSessionSummary *summary);
void                   patella_session_summary_free  (PatellaSessionSummary       *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaSessionSummary, patella_session_summary_free)

G_END_DECLS
