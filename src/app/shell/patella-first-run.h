/* patella-first-run.h: the one-time notice that Patella is not a substitute for a clinician
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Presents the notice over parent unless settings' "clinician-notice-shown"
 * is set; the key is set once the user answers. Returns the dialog, or NULL
 * when it was shown before. */
GtkWindow *patella_first_run_notice_present (GtkWindow *parent,
                                             GSettings *settings);

G_END_DECLS
