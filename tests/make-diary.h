/* make-diary.h: a diary of many years, the same for the same seed, for benchmarks
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The last day of every made diary, so the same seed gives the same rows. */
#define MAKE_DIARY_LAST_DAY "2026-06-30"

/* Writes a new diary at path (which must not exist) covering `years` years
 * up to MAKE_DIARY_LAST_DAY: a pain entry every day, a session on about
 * 72% of days with 9 sets each, and a Kujala questionnaire every 14 days.
 * Five years give 1,826 pain entries, about 1,310 sessions and 11,790 sets. */
gboolean make_diary (const char *path,
                     guint       years,
                     guint32     seed,
                     GError    **error);

G_END_DECLS
