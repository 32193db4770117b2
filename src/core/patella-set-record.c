/* patella-set-record.c: what was done in one set on one side
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-set-record.h"

G_DEFINE_BOXED_TYPE (PatellaSetRecord, patella_set_record,
                     patella_set_record_copy, patella_set_record_free)

PatellaSetRecord *
patella_set_record_new (void)
{
  return g_new0 (PatellaSetRecord, 1);
}

PatellaSetRecord *
patella_set_record_copy (const PatellaSetRecord *record)
{
  PatellaSetRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->exercise_id = g_strdup (record->exercise_id);
  return copy;
}

void
patella_set_record_free (PatellaSetRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->exercise_id);
  g_free (record);
}
