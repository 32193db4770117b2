/* patella-store-program.h: the program, its plan and the history of its doses
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-dose.h"
#include "patella-program.h"
#include "patella-progression.h"
#include "patella-store.h"

G_BEGIN_DECLS

#define PATELLA_STORE_NO_REMINDER (-1)

/* One start of the program. A restart adds another; the newest is current. */
typedef struct
{
  gint64         id;
  PatellaProgram program;
  int            reminder_minute;  /* minutes after local midnight, or PATELLA_STORE_NO_REMINDER */
  gint64         created_us;
} PatellaStoreProgram;

/* One exercise of the plan, at its current dose, in session order. */
typedef struct
{
  const char  *exercise_id;        /* an interned string when read back */
  PatellaDose  dose;
} PatellaStorePlanItem;

/* Why a dose changed (or, for a declined proposal, why it did not). */
typedef enum
{
  PATELLA_DOSE_REASON_START,
  PATELLA_DOSE_REASON_PROPOSAL_ACCEPTED,
  PATELLA_DOSE_REASON_PROPOSAL_EDITED,
  PATELLA_DOSE_REASON_PROPOSAL_DECLINED,
  PATELLA_DOSE_REASON_SWAP,
  PATELLA_DOSE_REASON_USER_EDIT,
} PatellaDoseReason;

/* What a change did to the plan. */
typedef enum
{
  PATELLA_PLAN_EVENT_DOSE,      /* the dose was set (or, declined, kept) */
  PATELLA_PLAN_EVENT_ADDED,     /* the exercise joined the plan at this dose */
  PATELLA_PLAN_EVENT_REMOVED,   /* it left the plan; the dose is its last one */
  PATELLA_PLAN_EVENT_MOVED,     /* its place in the order changed */
} PatellaPlanEvent;

typedef struct
{
  gint64             id;
  const char        *exercise_id;  /* interned */
  char               day[PATELLA_LOCAL_DAY_LEN + 1];
  gint64             recorded_us;
  PatellaDoseReason  reason;
  PatellaDose        dose;         /* the dose from that day on */
  PatellaPlanEvent   event;
} PatellaStoreDoseChange;

const char          *patella_dose_reason_to_string    (PatellaDoseReason           reason);

PatellaStoreProgram *patella_store_get_program        (PatellaStore               *self,
                                                       GError                    **error);
gint64               patella_store_start_program      (PatellaStore               *self,
                                                       const PatellaProgram       *program,
                                                       int                         reminder_minute,
                                                       const PatellaStorePlanItem *items,
                                                       guint                       n_items,
                                                       GDateTime                  *now,
                                                       GError                    **error);
gboolean             patella_store_set_program_schedule (PatellaStore             *self,
                                                       gint64                      program_id,
                                                       PatellaWeekdays             training_days,
                                                       int                         reminder_minute,
                                                       GError                    **error);
GArray              *patella_store_list_plan          (PatellaStore               *self,
                                                       gint64                      program_id,
                                                       GError                    **error);
gboolean             patella_store_change_dose        (PatellaStore               *self,
                                                       gint64                      program_id,
                                                       const char                 *exercise_id,
                                                       PatellaDoseReason           reason,
                                                       const PatellaDose          *dose,
                                                       const char                 *note,
                                                       GDateTime                  *now,
                                                       GError                    **error);
GArray              *patella_store_list_dose_changes  (PatellaStore               *self,
                                                       gint64                      program_id,
                                                       const char                 *exercise_id,
                                                       GError                    **error);
gboolean             patella_store_get_last_review_day (PatellaStore              *self,
                                                       gint64                      program_id,
                                                       const char                 *exercise_id,
                                                       char                        day[PATELLA_LOCAL_DAY_LEN + 1],
                                                       GError                    **error);
GArray              *patella_store_list_exercise_sessions (PatellaStore           *self,
                                                       const char                 *exercise_id,
                                                       const char                 *first_day,
                                                       const char                 *last_day,
                                                       GError                    **error);
guint                patella_store_count_session_days (PatellaStore               *self,
                                                       const char                 *first_day,
                                                       const char                 *last_day,
                                                       GError                    **error);

G_END_DECLS
