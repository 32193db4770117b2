/* patella-first-run-window.h: the first-run assistant: what Patella is, warning signs, knee, pain, program
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-program.h"
#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_FIRST_RUN_WINDOW (patella_first_run_window_get_type ())
G_DECLARE_FINAL_TYPE (PatellaFirstRunWindow, patella_first_run_window, PATELLA, FIRST_RUN_WINDOW,
                      AdwWindow)

/* Finishing starts the program on @today's day; closing (Skip, Escape)
 * starts none. Either way it is not shown by itself again. */
PatellaFirstRunWindow *patella_first_run_window_new               (GtkWindow             *parent,
                                                                   PatellaStore          *store,
                                                                   PatellaToday          *today,
                                                                   GSettings             *settings);
PatellaFirstRunWindow *patella_first_run_window_present_if_new    (GtkWindow             *parent,
                                                                   PatellaStore          *store,
                                                                   PatellaToday          *today,
                                                                   GSettings             *settings);
const char            *patella_first_run_window_get_page          (PatellaFirstRunWindow *self);
PatellaWeekdays        patella_first_run_window_get_training_days (PatellaFirstRunWindow *self);

G_END_DECLS
