/* patella-restore-window.h: the list of backups to go back to
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-backup.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_RESTORE_WINDOW (patella_restore_window_get_type ())

G_DECLARE_FINAL_TYPE (PatellaRestoreWindow, patella_restore_window,
                      PATELLA, RESTORE_WINDOW, AdwWindow)

PatellaRestoreWindow *patella_restore_window_new            (GtkWindow           *parent,
                                                             GPtrArray           *backups,
                                                             const char          *today);
GtkListBox           *patella_restore_window_get_list       (PatellaRestoreWindow *self);
char                 *patella_restore_window_describe_time  (const PatellaBackup *backup,
                                                             const char          *today);

G_END_DECLS
