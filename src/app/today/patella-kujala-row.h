/* patella-kujala-row.h: on Today, when the knee questionnaire is due, and the last score
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_KUJALA_ROW (patella_kujala_row_get_type ())

G_DECLARE_FINAL_TYPE (PatellaKujalaRow, patella_kujala_row, PATELLA, KUJALA_ROW, GtkWidget)

PatellaKujalaRow *patella_kujala_row_new       (PatellaStore     *store,
                                                PatellaToday     *today);
PatellaToday     *patella_kujala_row_get_today (PatellaKujalaRow *self);
void              patella_kujala_row_set_today (PatellaKujalaRow *self,
                                                PatellaToday     *today);
PatellaStore     *patella_kujala_row_get_store (PatellaKujalaRow *self);
void              patella_kujala_row_set_store (PatellaKujalaRow *self,
                                                PatellaStore     *store);
gboolean          patella_kujala_row_get_due   (PatellaKujalaRow *self);
void              patella_kujala_row_refresh   (PatellaKujalaRow *self);
/* Opens the questionnaire over the row's window. */
GtkWindow        *patella_kujala_row_open      (PatellaKujalaRow *self);

G_END_DECLS
