/* patella-duration.h: lengths of time in words, exact or as an estimate
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *patella_format_duration          (gint64 usec);
char *patella_format_duration_estimate (gint64 usec);

G_END_DECLS
