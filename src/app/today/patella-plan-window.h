/* patella-plan-window.h: the plan editor: order, doses, exercises added, removed or defined
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-timeline.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PLAN_WINDOW (patella_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (PatellaPlanWindow, patella_plan_window, PATELLA, PLAN_WINDOW,
                      AdwPreferencesWindow)

PatellaPlanWindow *patella_plan_window_new (GtkWindow    *parent,
                                            PatellaStore *store,
                                            PatellaToday *today,
                                            PatellaSide   affected);

G_END_DECLS
