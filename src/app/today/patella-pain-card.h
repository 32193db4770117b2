/* patella-pain-card.h: "Knee pain today" on the Today page: the day's entry, and a button to edit it
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PAIN_CARD (patella_pain_card_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPainCard, patella_pain_card, PATELLA, PAIN_CARD, GtkWidget)

/* Signals: "saved", after the editor saved today's entry. */
PatellaPainCard *patella_pain_card_new       (PatellaStore    *store,
                                              PatellaToday    *today);
PatellaStore    *patella_pain_card_get_store (PatellaPainCard *self);
void             patella_pain_card_set_store (PatellaPainCard *self,
                                              PatellaStore    *store);
PatellaToday    *patella_pain_card_get_today (PatellaPainCard *self);
void             patella_pain_card_set_today (PatellaPainCard *self,
                                              PatellaToday    *today);
/* The local day the card edits: today, as of the last reload. */
const char      *patella_pain_card_get_day   (PatellaPainCard *self);
/* Reads today's entry again, e.g. after midnight. */
void             patella_pain_card_reload    (PatellaPainCard *self);
/* Focuses the card's Log/Edit button. */
void             patella_pain_card_focus     (PatellaPainCard *self);
GtkWindow       *patella_pain_card_open_editor (PatellaPainCard *self);

G_END_DECLS
