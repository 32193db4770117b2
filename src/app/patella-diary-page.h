/* patella-diary-page.h: the Pain diary page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_DIARY_PAGE (patella_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaDiaryPage, patella_diary_page, PATELLA, DIARY_PAGE, GtkWidget)

G_END_DECLS
