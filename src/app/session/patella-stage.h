/* patella-stage.h: the session screen's picture, phase and info, side by side or stacked
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Places the children named "picture", "phase" and "info" (gtk_widget_set_name):
 * on a wide screen the picture and the phase side by side with the info
 * below; on a narrow one phase, picture and info stacked. The picture takes
 * what is left over, so the phase word is never squeezed. */
#define PATELLA_STAGE_WIDE_MIN 600

#define PATELLA_TYPE_STAGE (patella_stage_get_type ())
G_DECLARE_FINAL_TYPE (PatellaStage, patella_stage, PATELLA, STAGE, GtkWidget)

GtkWidget *patella_stage_new (void);

G_END_DECLS
