/* patella-plan-card.h: Today's session on a card: exercises, doses, time, and Start
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What the card shows for the day. */
typedef enum
{
  PATELLA_PLAN_CARD_TRAINING_DAY,  /* the plan and Start */
  PATELLA_PLAN_CARD_REST_DAY,      /* the next training day, and Train Anyway */
  PATELLA_PLAN_CARD_UNFINISHED,    /* a session to resume or discard */
  PATELLA_PLAN_CARD_DONE,          /* today's session is finished: what was done */
} PatellaPlanCardState;

#define PATELLA_TYPE_PLAN_CARD (patella_plan_card_get_type ())

G_DECLARE_FINAL_TYPE (PatellaPlanCard, patella_plan_card, PATELLA, PLAN_CARD, GtkWidget)

/* Start (the button, or Enter while the card is on screen) activates the
 * window action win.start-session. */
GtkWidget  *patella_plan_card_new               (void);
void        patella_plan_card_set_settings      (PatellaPlanCard *self,
                                                 GSettings       *settings);
/* The whole session as the timeline runs it, in µs. */
gint64      patella_plan_card_get_duration_usec (PatellaPlanCard *self);
const char *patella_plan_card_get_duration_text (PatellaPlanCard *self);
guint       patella_plan_card_get_n_exercises   (PatellaPlanCard *self);
PatellaPlanCardState patella_plan_card_get_state (PatellaPlanCard *self);
char       *patella_plan_card_get_title_text    (PatellaPlanCard *self);
gboolean    patella_plan_card_activate_main     (PatellaPlanCard *self);

G_END_DECLS
