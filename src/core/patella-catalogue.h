/* patella-catalogue.h: every exercise Patella knows, core ones first
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "patella-exercise.h"

G_BEGIN_DECLS

#define PATELLA_TYPE_CATALOGUE (patella_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (PatellaCatalogue, patella_catalogue, PATELLA, CATALOGUE, GObject)

/* A GListModel of PatellaExercise: the five core exercises in session order,
 * then the optional ones. */
PatellaCatalogue   *patella_catalogue_new             (void);
PatellaCatalogue   *patella_catalogue_get_default     (void);
PatellaExercise    *patella_catalogue_lookup          (PatellaCatalogue *self,
                                                       const char       *id);
const char * const *patella_catalogue_get_core_ids    (void);
void                patella_catalogue_add_custom      (PatellaCatalogue *self,
                                                       PatellaExercise  *exercise);

G_END_DECLS
