/* patella-how-to-window.h: every step and caution of one exercise, on a sheet of its own
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-exercise.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_HOW_TO_WINDOW (patella_how_to_window_get_type ())
G_DECLARE_FINAL_TYPE (PatellaHowToWindow, patella_how_to_window, PATELLA, HOW_TO_WINDOW, AdwWindow)

GtkWidget       *patella_how_to_window_new          (GtkWindow          *parent,
                                                     PatellaExercise    *exercise);
PatellaExercise *patella_how_to_window_get_exercise (PatellaHowToWindow *self);
char            *patella_how_to_window_get_text     (PatellaHowToWindow *self);
void             patella_how_to_show                (GtkWidget          *widget,
                                                     PatellaExercise    *exercise);

G_END_DECLS
