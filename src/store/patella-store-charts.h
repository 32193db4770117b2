/* patella-store-charts.h: the rows Progress's charts are computed from, and the demo diary
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart-series.h"
#include "patella-demo-diary.h"
#include "patella-store.h"

G_BEGIN_DECLS

gboolean patella_store_load_chart_rows (PatellaStore           *self,
                                        const char             *first_day,
                                        const char             *last_day,
                                        PatellaChartRows       *rows,
                                        GError                **error);
gboolean patella_store_fill_demo       (PatellaStore           *self,
                                        const PatellaDemoDiary *demo,
                                        GError                **error);

G_END_DECLS
