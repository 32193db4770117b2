/* patella-store-swap.h: an exercise of the plan replaced by another until the knee improves
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store-program.h"

G_BEGIN_DECLS

/* A swap that stands: @replacement_id is done in place of @exercise_id
 * from @day on, until the user ends it. */
typedef struct
{
  gint64      id;
  const char *exercise_id;      /* interned */
  const char *replacement_id;   /* interned */
  char        day[PATELLA_LOCAL_DAY_LEN + 1];
  int         pain;             /* the pain that led to it, or PATELLA_STORE_NO_PAIN */
  gint64      recorded_us;
} PatellaStoreSwap;

gboolean          patella_store_start_swap         (PatellaStore  *self,
                                                    gint64         program_id,
                                                    const char    *exercise_id,
                                                    const char    *replacement_id,
                                                    int            pain,
                                                    GDateTime     *now,
                                                    GError       **error);
PatellaStoreSwap *patella_store_get_swap           (PatellaStore  *self,
                                                    gint64         program_id,
                                                    const char    *exercise_id,
                                                    GError       **error);
gboolean          patella_store_end_swap           (PatellaStore  *self,
                                                    gint64         program_id,
                                                    const char    *exercise_id,
                                                    GDateTime     *now,
                                                    GError       **error);
gboolean          patella_store_get_last_pain_day  (PatellaStore  *self,
                                                    const char    *exercise_id,
                                                    int            min_pain,
                                                    const char    *first_day,
                                                    char           day[PATELLA_LOCAL_DAY_LEN + 1],
                                                    GError       **error);

G_END_DECLS
