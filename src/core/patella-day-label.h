/* patella-day-label.h: local calendar days in words, for lists and headings
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Today", "Yesterday", "Thursday 9 April", or "Thursday 9 April 2025"
 * when the year is not today's. NULL when day is not a valid day. */
char *patella_day_label      (const char *day,
                              const char *today);
/* Always the full date ("Thursday 9 April 2026"), for accessible names. */
char *patella_day_label_full (const char *day);

G_END_DECLS
