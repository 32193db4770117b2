/* patella-application.h: the application object
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-clock.h"
#include "patella-reminders.h"
#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_APPLICATION (patella_application_get_type ())

G_DECLARE_FINAL_TYPE (PatellaApplication, patella_application, PATELLA, APPLICATION, AdwApplication)

PatellaApplication *patella_application_new               (const char         *application_id,
                                                          GApplicationFlags   flags);
const char         *patella_application_get_database_path (PatellaApplication *self);
GSettings          *patella_application_get_settings      (PatellaApplication *self);
PatellaStore       *patella_application_get_store         (PatellaApplication *self);
PatellaClock       *patella_application_get_clock         (PatellaApplication *self);
void                patella_application_set_clock         (PatellaApplication *self,
                                                          PatellaClock       *clock);
PatellaToday       *patella_application_get_today         (PatellaApplication *self);
PatellaReminders   *patella_application_get_reminders     (PatellaApplication *self);

G_END_DECLS
