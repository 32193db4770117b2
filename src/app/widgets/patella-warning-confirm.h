/* patella-warning-confirm.h: asks before a session while a warning sign stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"

G_BEGIN_DECLS

void     patella_warning_confirm_async  (GtkWindow           *parent,
                                         PatellaStore        *store,
                                         GDateTime           *now,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean patella_warning_confirm_finish (GAsyncResult        *result,
                                         GError             **error);

G_END_DECLS
