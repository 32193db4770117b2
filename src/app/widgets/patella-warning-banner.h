/* patella-warning-banner.h: the notice that a warning sign from the last 7 days stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_WARNING_BANNER (patella_warning_banner_get_type ())

G_DECLARE_FINAL_TYPE (PatellaWarningBanner, patella_warning_banner, PATELLA, WARNING_BANNER, GtkWidget)

/* Visible only while a sign stands; it follows the store's pain entries. */
PatellaWarningBanner *patella_warning_banner_new       (PatellaStore         *store,
                                                        PatellaToday         *today);
PatellaStore         *patella_warning_banner_get_store (PatellaWarningBanner *self);
void                  patella_warning_banner_set_store (PatellaWarningBanner *self,
                                                        PatellaStore         *store);
PatellaToday         *patella_warning_banner_get_today (PatellaWarningBanner *self);
void                  patella_warning_banner_set_today (PatellaWarningBanner *self,
                                                        PatellaToday         *today);
/* Compact: the advice folds behind an "Advice" button (above the diary). */
gboolean              patella_warning_banner_get_compact (PatellaWarningBanner *self);
void                  patella_warning_banner_set_compact (PatellaWarningBanner *self,
                                                          gboolean              compact);
PatellaWarningSign    patella_warning_banner_get_signs (PatellaWarningBanner *self);
const char           *patella_warning_banner_get_title (PatellaWarningBanner *self);
const char           *patella_warning_banner_get_advice (PatellaWarningBanner *self);
void                  patella_warning_banner_refresh   (PatellaWarningBanner *self);

G_END_DECLS
