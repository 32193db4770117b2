/* patella-store-follow.h: lets a page find the application's store once it is in a window
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "patella-store.h"

G_BEGIN_DECLS

typedef void (*PatellaStoreSetter) (GtkWidget    *widget,
                                    PatellaStore *store);

/* Call from a widget's root vfunc. If the widget's window belongs to a
 * PatellaApplication with an open store, hands it to set_store now;
 * otherwise waits for the window to get its application (a window's
 * template children are rooted before "application" is set). */
void patella_store_follow_root   (GtkWidget          *widget,
                                  PatellaStoreSetter  set_store);
/* Call from the unroot vfunc. */
void patella_store_follow_unroot (GtkWidget          *widget);

G_END_DECLS
