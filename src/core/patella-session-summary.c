/* patella-session-summary.c: what a finished session amounted to
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-session-summary.h"

G_DEFINE_BOXED_TYPE (PatellaSessionSummary, patella_session_summary,
                     patella_session_summary_copy, patella_session_summary_free)

PatellaSessionSummary *
patella_session_summary_new (void)
{
  PatellaSessionSummary *summary = g_new0 (PatellaSessionSummary, 1);

  summary->sets = g_ptr_array_new_with_free_func ((GDestroyNotify)patella_set_record_free);
  return summary;
}

static gpointer
copy_record (gconstpointer src,
             gpointer      user_data)
{
  return patella_set_record_copy (src);
}

PatellaSessionSummary *
patella_session_summary_copy (const PatellaSessionSummary *summary)
{
  PatellaSessionSummary *copy;

  g_return_val_if_fail (summary != NULL, NULL);

  copy = g_memdup2 (summary, sizeof *summary);
  copy->sets = g_ptr_array_copy (summary->sets, copy_record, NULL);
  g_ptr_array_set_free_func (copy->sets, (GDestroyNotify)patella_set_record_free);
  return copy;
}

void
patella_session_summary_free (PatellaSessionSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_pointer (&summary->sets, g_ptr_array_unref);
  g_free (summary);
}
