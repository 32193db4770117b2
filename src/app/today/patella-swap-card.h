/* patella-swap-card.h: on Today, the wall squat swapped for straight-leg raises, and its end
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_SWAP_CARD (patella_swap_card_get_type ())

G_DECLARE_FINAL_TYPE (PatellaSwapCard, patella_swap_card, PATELLA, SWAP_CARD, GtkWidget)

/* Properties "store" (PatellaStore) and "today" (PatellaToday). Shown only
 * while the program's wall squat is swapped out; its button ("My Knee Has
 * Settled", suggested once a week has passed without kneecap pain) ends
 * the swap. */
GtkWidget *patella_swap_card_new           (void);
gboolean   patella_swap_card_get_return_due (PatellaSwapCard *self);
GtkWidget *patella_swap_card_get_button    (PatellaSwapCard *self);
const char *patella_swap_card_get_text     (PatellaSwapCard *self);

G_END_DECLS
