/* patella-reminder.h: when the daily reminder fires next
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "patella-program.h"

G_BEGIN_DECLS

#define PATELLA_REMINDER_MINUTES_PER_DAY (24 * 60)

gint64   patella_reminder_fire_on_day (const char           *day,
                                       guint                 minute_of_day,
                                       GTimeZone            *tz);
gboolean patella_reminder_next_fire   (const PatellaProgram *program,
                                       guint                 minute_of_day,
                                       gboolean              today_done,
                                       gint64                now_usec,
                                       GTimeZone            *tz,
                                       gint64               *fire_usec);

G_END_DECLS
