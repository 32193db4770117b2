/* patella-proposal-card.h: this week's dose proposals on Today: accept, edit or decline
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"
#include "patella-today.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_PROPOSAL_CARD (patella_proposal_card_get_type ())
G_DECLARE_FINAL_TYPE (PatellaProposalCard, patella_proposal_card, PATELLA, PROPOSAL_CARD, GtkWidget)

/* Properties "store" and "today", bound by the Today page. Hidden while no
 * proposal is due; an answer is stored as a dose change at once. */
GtkWidget *patella_proposal_card_new             (void);
guint      patella_proposal_card_get_n_proposals (PatellaProposalCard *self);

G_END_DECLS
