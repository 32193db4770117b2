/* patella-application-private.h: what the application's own files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-application.h"
#include "patella-store.h"

G_BEGIN_DECLS

struct _PatellaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_path;
  PatellaStore   *store;
};

void _patella_application_open_store_and_present (PatellaApplication *self,
                                                  const char         *notice);
void _patella_application_show_window            (PatellaApplication *self,
                                                  const char         *notice);

G_END_DECLS
