/* patella-reminders.h: the daily reminder: one clock alarm to the next, and its notification
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

/* The notification's id, and the action it starts the session with. */
#define PATELLA_REMINDER_NOTIFICATION_ID "reminder"
#define PATELLA_REMINDER_ACTION "app.start-session"

#define PATELLA_TYPE_REMINDERS (patella_reminders_get_type ())
G_DECLARE_FINAL_TYPE (PatellaReminders, patella_reminders, PATELLA, REMINDERS, GObject)

/* Properties "store" and "today" (read-write: the application binds its
 * own); "enabled" (the current program has a reminder time) and
 * "next-fire-usec" (wall-clock µs of the next reminder, 0 if none).
 * Signal "fire" (GNotification *): time to send it. */
PatellaReminders *patella_reminders_new                (void);
gboolean          patella_reminders_get_enabled        (PatellaReminders *self);
gint64            patella_reminders_get_next_fire_usec (PatellaReminders *self);
void              patella_reminders_reschedule         (PatellaReminders *self);
gboolean          patella_reminders_describe           (PatellaReminders *self,
                                                        char            **title,
                                                        char            **body);
GNotification    *patella_reminders_build_notification (PatellaReminders *self);

G_END_DECLS
