/* patella-autostart.h: the XDG autostart entry that starts Patella in the background at login
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *patella_autostart_get_path    (void);
gboolean  patella_autostart_is_enabled  (void);
gboolean  patella_autostart_set_enabled (gboolean   enabled,
                                         GError   **error);

G_END_DECLS
