/* patella-progress-summary.h: the Progress page's charts in words
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-daily-series.h"

G_BEGIN_DECLS

/* The charts show at most this many weeks, the latest ones: the program's
 * window is 2 to 6 weeks, and twelve still read at a glance. */
#define PATELLA_PROGRESS_MAX_WEEKS 12

/* Days with a pain entry or a session before the charts are worth showing. */
#define PATELLA_PROGRESS_MIN_DAYS 3

/* Index of the first week the charts show. */
guint    patella_progress_first_week       (const PatellaDailySeries *series);
/* Days in the series with a pain entry or a session. */
guint    patella_progress_days_with_data   (const PatellaDailySeries *series);

/* Week numbers in the texts count from 1, the program's first week. */
char    *patella_progress_pain_summary     (const PatellaDailySeries *series);
char    *patella_progress_training_summary (const PatellaDailySeries *series);

G_END_DECLS
