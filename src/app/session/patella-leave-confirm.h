/* patella-leave-confirm.h: asks before a session under way is left
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void     patella_leave_confirm_async  (GtkWindow           *parent,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean patella_leave_confirm_finish (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
