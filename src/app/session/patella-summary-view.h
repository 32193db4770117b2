/* patella-summary-view.h: what a finished session amounted to, and the pain after it
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-pain-prompt.h"
#include "patella-session-summary.h"
#include "patella-store.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_SUMMARY_VIEW (patella_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (PatellaSummaryView, patella_summary_view, PATELLA, SUMMARY_VIEW, GtkWidget)

/* Signal "done": the user asked to go back to Today. */
GtkWidget         *patella_summary_view_new             (void);
/* Fills the view from the store's rows of the session: everything shown is
 * what was saved. */
gboolean           patella_summary_view_show_session    (PatellaSummaryView          *self,
                                                         PatellaStore                *store,
                                                         gint64                       session_id,
                                                         const PatellaSessionSummary *summary,
                                                         GError                     **error);
PatellaPainPrompt *patella_summary_view_get_pain_prompt (PatellaSummaryView          *self);
const char        *patella_summary_view_get_totals      (PatellaSummaryView          *self);
guint              patella_summary_view_get_n_exercises (PatellaSummaryView          *self);
void               patella_summary_view_done            (PatellaSummaryView          *self);

G_END_DECLS
