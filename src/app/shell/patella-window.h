/* patella-window.h: the main window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-application.h"
#include "patella-progress-page.h"
#include "patella-session-page.h"
#include "patella-task-bar.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_WINDOW (patella_window_get_type ())

G_DECLARE_FINAL_TYPE (PatellaWindow, patella_window, PATELLA, WINDOW, AdwApplicationWindow)

PatellaWindow *patella_window_new             (PatellaApplication *application);
PatellaStore  *patella_window_get_store        (PatellaWindow      *self);
void           patella_window_set_store        (PatellaWindow      *self,
                                                PatellaStore       *store);
PatellaToday  *patella_window_get_today        (PatellaWindow      *self);
PatellaTaskBar *patella_window_get_task_bar    (PatellaWindow      *self);
PatellaProgressPage *patella_window_get_progress_page (PatellaWindow *self);
const char    *patella_window_get_visible_page (PatellaWindow      *self);
void           patella_window_add_toast        (PatellaWindow      *self,
                                                AdwToast           *toast);
PatellaSessionPage *patella_window_get_session_page (PatellaWindow   *self);
gboolean       patella_window_get_in_session   (PatellaWindow      *self);

G_END_DECLS
