/* patella-progress.h: a worker thread's progress, told to the main context that asked
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store-private.h"

G_BEGIN_DECLS

/* NULL when func is NULL; every function accepts NULL. */
PatellaProgress *patella_progress_new       (PatellaProgressFunc  func,
                                             gpointer             data);
void             patella_progress_unref     (PatellaProgress     *progress);
void             patella_progress_set_range (PatellaProgress     *progress,
                                             double               from,
                                             double               to);
void             patella_progress_report    (PatellaProgress     *progress,
                                             double               fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaProgress, patella_progress_unref)

G_END_DECLS
