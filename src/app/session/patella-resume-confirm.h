/* patella-resume-confirm.h: offers to resume an interrupted session
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  PATELLA_RESUME_CANCEL,   /* neither: no session now */
  PATELLA_RESUME_END,      /* end the old session, start a new one */
  PATELLA_RESUME_RESUME,   /* go on with the old session at its next set */
} PatellaResumeChoice;

void                patella_resume_confirm_async  (GtkWindow           *parent,
                                                   gint64               started_us,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
PatellaResumeChoice patella_resume_confirm_finish (GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
