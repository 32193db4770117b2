/* patella-preferences-window.h: the preferences window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_PREFERENCES_WINDOW (patella_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPreferencesWindow, patella_preferences_window,
                      PATELLA, PREFERENCES_WINDOW, AdwPreferencesWindow)

PatellaPreferencesWindow *patella_preferences_window_new (GSettings *settings);

gboolean                  patella_preferences_speech_available (void);

G_END_DECLS
