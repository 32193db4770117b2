/* patella-pain-entry-dialog.h: log or edit one day's pain: Today's and the diary's editor
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-pain-form.h"
#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PAIN_ENTRY_DIALOG (patella_pain_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPainEntryDialog, patella_pain_entry_dialog,
                      PATELLA, PAIN_ENTRY_DIALOG, AdwWindow)

/* Signals: "saved" (the day, "YYYY-MM-DD") after a successful save, just
 * before it closes; "delete-requested" (the day) when the user asks to
 * delete the entry; the owner deletes it, so it can offer Undo. */

/* day NULL: log a new entry, for a day picked with a calendar (at first the
 * latest day of the last month with no entry, else yesterday; never after
 * today). Otherwise log or edit that day's entry (Today's card passes
 * today). */
PatellaPainEntryDialog *patella_pain_entry_dialog_new      (GtkWindow              *parent,
                                                            PatellaStore           *store,
                                                            PatellaToday           *today,
                                                            const char             *day);
const char             *patella_pain_entry_dialog_get_day  (PatellaPainEntryDialog *self);
/* Picks a day in "log" mode, as the calendar does; a future day is refused
 * (returns FALSE and keeps the current one). */
gboolean                patella_pain_entry_dialog_pick_day (PatellaPainEntryDialog *self,
                                                            const char             *day);
PatellaPainForm        *patella_pain_entry_dialog_get_form (PatellaPainEntryDialog *self);
gboolean                patella_pain_entry_dialog_save     (PatellaPainEntryDialog *self,
                                                            GError                **error);
void                    patella_pain_entry_dialog_set_can_delete (PatellaPainEntryDialog *self,
                                                                  gboolean                can_delete);
/* Closing with changes asks first (Discard or Keep Editing). */
gboolean                patella_pain_entry_dialog_has_changes (PatellaPainEntryDialog *self);
void                    patella_pain_entry_dialog_close_async (PatellaPainEntryDialog *self,
                                                               GAsyncReadyCallback     callback,
                                                               gpointer                user_data);
gboolean                patella_pain_entry_dialog_close_finish (PatellaPainEntryDialog *self,
                                                                GAsyncResult           *result);
PatellaPainEntryDialog *patella_pain_entry_dialog_find_unsaved (GtkWindow              *parent);

G_END_DECLS
