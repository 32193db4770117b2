/* patella-today.h: the user's local calendar day, read from a clock, that notifies at midnight
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-clock.h"
#include "patella-pain-entry.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_TODAY (patella_today_get_type ())
G_DECLARE_FINAL_TYPE (PatellaToday, patella_today, PATELLA, TODAY, GObject)

void          patella_clock_get_local_day (PatellaClock *clock,
                                           GTimeZone    *tz,
                                           char          out[PATELLA_LOCAL_DAY_LEN + 1]);

GDateTime    *patella_clock_dup_local_now (PatellaClock *clock,
                                           GTimeZone    *tz);

PatellaToday *patella_today_new          (PatellaClock *clock);
PatellaClock *patella_today_get_clock    (PatellaToday *self);
const char   *patella_today_get_day      (PatellaToday *self);
GDateTime    *patella_today_dup_now      (PatellaToday *self);
void          patella_today_refresh      (PatellaToday *self);

G_END_DECLS
