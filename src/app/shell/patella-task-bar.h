/* patella-task-bar.h: the progress of a long job on the diary, with Cancel
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_TASK_BAR (patella_task_bar_get_type ())

G_DECLARE_FINAL_TYPE (PatellaTaskBar, patella_task_bar, PATELLA, TASK_BAR, GtkWidget)

GtkWidget  *patella_task_bar_new          (void);
void        patella_task_bar_start        (PatellaTaskBar *self,
                                           const char     *title,
                                           GCancellable   *cancellable);
void        patella_task_bar_set_fraction (PatellaTaskBar *self,
                                           double          fraction);
void        patella_task_bar_stop         (PatellaTaskBar *self);
gboolean    patella_task_bar_get_busy     (PatellaTaskBar *self);
gboolean    patella_task_bar_get_shown    (PatellaTaskBar *self);
const char *patella_task_bar_get_title    (PatellaTaskBar *self);

G_END_DECLS
