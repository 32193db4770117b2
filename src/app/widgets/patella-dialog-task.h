/* patella-dialog-task.h: a message dialog as the answer to a GTask
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  patella_dialog_task_present   (AdwMessageDialog   *dialog,
                                     GTask              *task,
                                     const char * const *responses);
gssize patella_dialog_task_propagate (GTask             *task,
                                      GError           **error);

G_END_DECLS
