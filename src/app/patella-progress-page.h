/* patella-progress-page.h: the Progress page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_PROGRESS_PAGE (patella_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaProgressPage, patella_progress_page, PATELLA, PROGRESS_PAGE, GtkWidget)

G_END_DECLS
