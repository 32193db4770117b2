/* patella-progress-export.h: Progress's charts as PNG images and their data as CSV
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-chart.h"

G_BEGIN_DECLS

gboolean patella_progress_export_png (PatellaChart              *chart,
                                      int                        width,
                                      int                        height,
                                      const char                *path,
                                      GError                   **error);
gboolean patella_progress_export_csv (const PatellaChartSeries  *series,
                                      const char                *path,
                                      GError                   **error);

G_END_DECLS
