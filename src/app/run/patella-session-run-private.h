/* patella-session-run-private.h: what the session run's files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-session-run.h"

G_BEGIN_DECLS

PatellaStoreSide    _patella_session_run_store_side (PatellaSide       side);
PatellaSessionState _patella_session_run_outcome    (PatellaStore     *store,
                                                     gint64            session_id,
                                                     PatellaTimeline  *timeline,
                                                     gboolean          ran_to_end,
                                                     GError          **error);

G_END_DECLS
