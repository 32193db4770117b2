/* patella-today-page.h: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_TODAY_PAGE (patella_today_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaTodayPage, patella_today_page, PATELLA, TODAY_PAGE, GtkWidget)

G_END_DECLS
