/* patella-diary-row.h: one day of the pain diary, as a list row
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-pain-item.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_DIARY_ROW (patella_diary_row_get_type ())

G_DECLARE_FINAL_TYPE (PatellaDiaryRow, patella_diary_row, PATELLA, DIARY_ROW, GtkWidget)

/* Signals: "delete-requested", when its delete button is pressed. */
PatellaDiaryRow *patella_diary_row_new      (void);
PatellaPainItem *patella_diary_row_get_item (PatellaDiaryRow *self);
/* today decides "Today" and "Yesterday"; item NULL empties the row. */
void             patella_diary_row_set_item (PatellaDiaryRow *self,
                                             PatellaPainItem *item,
                                             const char      *today);

/* The offsets shared by every 0-10 bar, so colour follows the bands of
 * the numeric rating scale: mild up to 3, moderate to 6, severe above. */
void             patella_pain_bar_setup     (GtkLevelBar     *bar);

G_END_DECLS
