/* patella-progress-page.h: the Progress page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

#include "patella-chart.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PROGRESS_PAGE (patella_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaProgressPage, patella_progress_page, PATELLA, PROGRESS_PAGE, GtkWidget)

PatellaStore *patella_progress_page_get_store (PatellaProgressPage *self);
void          patella_progress_page_set_store (PatellaProgressPage *self,
                                               PatellaStore        *store);
PatellaToday *patella_progress_page_get_today (PatellaProgressPage *self);
void          patella_progress_page_set_today (PatellaProgressPage *self,
                                               PatellaToday        *today);
/* Reads the store again now: the page does so itself when the store
 * changes or the page comes on screen. */
void          patella_progress_page_reload    (PatellaProgressPage *self);
/* "empty" or "charts". */
const char   *patella_progress_page_get_view  (PatellaProgressPage *self);
void          patella_progress_page_set_range (PatellaProgressPage *self,
                                               PatellaChartRange    range);
PatellaChart *patella_progress_page_get_chart (PatellaProgressPage *self,
                                               guint                index);

gboolean      patella_progress_page_save_charts (PatellaProgressPage  *self,
                                                 const char           *dir,
                                                 GError              **error);

G_END_DECLS
