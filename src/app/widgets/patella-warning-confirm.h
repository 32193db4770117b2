/* patella-warning-confirm.h: asks before a session while a warning sign stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"

G_BEGIN_DECLS

/* Call before starting a session. When no warning sign was logged in the
 * last 7 days it completes at once with TRUE and shows nothing; otherwise it
 * asks, over parent, whether a physical therapist or doctor has checked the
 * knee, and completes with the answer. If the diary cannot be read it still
 * asks, and says so. */
void     patella_warning_confirm_async  (GtkWindow           *parent,
                                         PatellaStore        *store,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
/* TRUE: go ahead. FALSE with no error: the user chose not to. FALSE with
 * G_IO_ERROR_CANCELLED: cancellable was cancelled (the dialog is closed). */
gboolean patella_warning_confirm_finish (GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
