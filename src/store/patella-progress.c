/* patella-progress.c: a worker thread's progress, told to the main context that asked
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "patella-progress.h"

struct _PatellaProgress
{
  GMainContext       *context;
  PatellaProgressFunc func;
  gpointer            data;
  double              from;      /* the part of the whole task this step covers */
  double              to;
  double              last_sent;
};

typedef struct
{
  PatellaProgress *progress;
  double           fraction;
} Report;

/* Only the thread that runs the task reports; the main context only reads
 * func and data, which never change after creation. */
PatellaProgress *
patella_progress_new (PatellaProgressFunc func,
                      gpointer            data)
{
  PatellaProgress *progress;

  if (func == NULL)
    return NULL;

  progress = g_atomic_rc_box_new0 (PatellaProgress);
  progress->context = g_main_context_ref_thread_default ();
  progress->func = func;
  progress->data = data;
  progress->to = 1.0;
  progress->last_sent = -1.0;

  return progress;
}

static void
clear (PatellaProgress *progress)
{
  g_main_context_unref (progress->context);
}

void
patella_progress_unref (PatellaProgress *progress)
{
  if (progress != NULL)
    g_atomic_rc_box_release_full (progress, (GDestroyNotify) clear);
}

void
patella_progress_set_range (PatellaProgress *progress,
                            double           from,
                            double           to)
{
  if (progress == NULL)
    return;

  progress->from = from;
  progress->to = to;
}

static gboolean
deliver (gpointer user_data)
{
  Report *report = user_data;

  report->progress->func (report->fraction, report->progress->data);
  return G_SOURCE_REMOVE;
}

static void
free_report (gpointer user_data)
{
  Report *report = user_data;

  patella_progress_unref (report->progress);
  g_free (report);
}

/* At most a hundred reports a task: a progress bar needs no more, and each
 * one is a wake-up of the main loop. */
void
patella_progress_report (PatellaProgress *progress,
                         double           fraction)
{
  double overall;
  Report *report;

  if (progress == NULL)
    return;

  overall = progress->from + CLAMP (fraction, 0.0, 1.0) * (progress->to - progress->from);
  if (overall < progress->last_sent + 0.01 && !(overall >= 1.0 && progress->last_sent < 1.0))
    return;
  progress->last_sent = overall;

  report = g_new0 (Report, 1);
  report->progress = g_atomic_rc_box_acquire (progress);
  report->fraction = overall;
  /* The same priority as GTask's completion, so every report arrives
   * before the task's callback. */
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, deliver, report,
                              free_report);
}
