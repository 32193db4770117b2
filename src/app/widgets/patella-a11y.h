/* patella-a11y.h: clean accessible names for buttons, where GTK 4.8 doubles them
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void patella_a11y_set_button_name (GtkButton  *button,
                                   const char *name);
void patella_a11y_name_buttons    (GtkWidget  *root);
void patella_a11y_name_lists      (GtkWidget  *root,
                                   const char *name);

G_END_DECLS
