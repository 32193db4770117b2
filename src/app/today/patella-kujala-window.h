/* patella-kujala-window.h: the Kujala questionnaire as a form, then its score
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_KUJALA_WINDOW (patella_kujala_window_get_type ())

G_DECLARE_FINAL_TYPE (PatellaKujalaWindow, patella_kujala_window, PATELLA, KUJALA_WINDOW, AdwWindow)

/* Signals: "saved" (int score), once the answers are in the store. */
PatellaKujalaWindow *patella_kujala_window_new        (GtkWindow           *parent,
                                                       PatellaStore        *store,
                                                       PatellaToday        *today);
PatellaStore        *patella_kujala_window_get_store  (PatellaKujalaWindow *self);
/* choice is an index, best first, or PATELLA_KUJALA_UNANSWERED. */
void                 patella_kujala_window_set_answer (PatellaKujalaWindow *self,
                                                       guint                question,
                                                       int                  choice);
int                  patella_kujala_window_get_answer (PatellaKujalaWindow *self,
                                                       guint                question);
int                  patella_kujala_window_show_unanswered (PatellaKujalaWindow *self);
/* The score shown on the result page, or -1 before it. */
int                  patella_kujala_window_get_score  (PatellaKujalaWindow *self);

G_END_DECLS
