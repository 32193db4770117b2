/* patella-wrap-box.h: children in a row, left to right, wrapping to new lines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_WRAP_BOX (patella_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (PatellaWrapBox, patella_wrap_box, PATELLA, WRAP_BOX, GtkWidget)

/* GTK 4.8 has no wrapping box, and a GtkFlowBox spreads its children into
 * columns; tags should sit together like words. */
GtkWidget *patella_wrap_box_new        (int             spacing);
void       patella_wrap_box_append     (PatellaWrapBox *self,
                                        GtkWidget      *child);
void       patella_wrap_box_remove_all (PatellaWrapBox *self);

G_END_DECLS
