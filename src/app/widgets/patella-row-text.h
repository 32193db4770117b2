/* patella-row-text.h: how libadwaita rows wrap their text
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void patella_row_wrap_at_words (GtkWidget *row);

G_END_DECLS
