/* patella-toast.h: toasts from any widget, through the nearest toast overlay
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows toast in the overlay around widget (the window's, on the main
 * window), and takes ownership of it. Returns FALSE, dropping the toast,
 * when widget is not inside one. */
gboolean patella_toast_add  (GtkWidget  *widget,
                             AdwToast   *toast);
/* A plain message. The same title while one is still shown is not shown
 * twice, so saving several times in a row says "Saved" once. timeout 0
 * keeps it until dismissed. */
void     patella_toast_show (GtkWidget  *widget,
                             const char *title,
                             guint       timeout);

G_END_DECLS
