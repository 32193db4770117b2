/* patella-progress-charts.h: each Progress chart filled from a range's series
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart.h"

G_BEGIN_DECLS

char *patella_progress_show_pain      (PatellaChart             *chart,
                                       const PatellaChartSeries *series,
                                       gboolean                  with_during);
char *patella_progress_show_work      (PatellaChart             *chart,
                                       const PatellaChartSeries *series);
char *patella_progress_show_adherence (PatellaChart             *chart,
                                       const PatellaChartSeries *series);
char *patella_progress_show_exercise  (PatellaChart             *chart,
                                       const PatellaChartSeries *series,
                                       guint                     exercise);
char *patella_progress_show_kujala    (PatellaChart             *chart,
                                       const PatellaChartSeries *series);

G_END_DECLS
