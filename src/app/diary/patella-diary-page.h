/* patella-diary-page.h: the Pain diary page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_DIARY_PAGE (patella_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (PatellaDiaryPage, patella_diary_page, PATELLA, DIARY_PAGE, GtkWidget)

/* The window binds both: the diary, and the day it is. */
PatellaStore *patella_diary_page_get_store  (PatellaDiaryPage *self);
void          patella_diary_page_set_store  (PatellaDiaryPage *self,
                                             PatellaStore     *store);
PatellaToday *patella_diary_page_get_today  (PatellaDiaryPage *self);
void          patella_diary_page_set_today  (PatellaDiaryPage *self,
                                             PatellaToday     *today);
guint         patella_diary_page_get_n_rows_set_up (PatellaDiaryPage *self);
/* Deletes a day's entry and offers Undo in a toast. */
gboolean      patella_diary_page_delete_day (PatellaDiaryPage *self,
                                             const char       *day,
                                             GError          **error);
/* Opens the dialog: day NULL logs a past day, otherwise edits that day. */
GtkWindow    *patella_diary_page_open_entry (PatellaDiaryPage *self,
                                             const char       *day);
gboolean      patella_diary_page_focus_day  (PatellaDiaryPage *self,
                                             const char       *day);

G_END_DECLS
