/* patella-today-page.h: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_TODAY_PAGE (patella_today_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaTodayPage, patella_today_page, PATELLA, TODAY_PAGE, GtkWidget)

/* The window binds both: the diary, and the day it is. */
PatellaStore *patella_today_page_get_store (PatellaTodayPage *self);
void          patella_today_page_set_store (PatellaTodayPage *self,
                                            PatellaStore     *store);
void          patella_today_page_set_settings (PatellaTodayPage *self,
                                               GSettings        *settings);
PatellaToday *patella_today_page_get_today (PatellaTodayPage *self);
void          patella_today_page_set_today (PatellaTodayPage *self,
                                            PatellaToday     *today);
gboolean      patella_today_page_press_enter (PatellaTodayPage *self);

G_END_DECLS
