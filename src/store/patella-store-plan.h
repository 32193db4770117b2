/* patella-store-plan.h: editing the plan, and the exercises the user defines
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-exercise.h"
#include "patella-store-program.h"

G_BEGIN_DECLS

/* The most exercises a plan holds (the schema's positions 0 to 99). */
#define PATELLA_STORE_PLAN_MAX 100

char     *patella_store_define_exercise    (PatellaStore      *self,
                                            const char        *name,
                                            PatellaWorkKind    work,
                                            PatellaSideMode    side_mode,
                                            const PatellaDose *dose,
                                            const char        *instructions,
                                            GDateTime         *now,
                                            GError           **error);
GPtrArray *patella_store_list_custom_exercises (PatellaStore *self,
                                                GError      **error);
gboolean  patella_store_add_to_plan        (PatellaStore      *self,
                                            gint64             program_id,
                                            const char        *exercise_id,
                                            const PatellaDose *dose,
                                            int                position,
                                            GDateTime         *now,
                                            GError           **error);
gboolean  patella_store_remove_from_plan   (PatellaStore      *self,
                                            gint64             program_id,
                                            const char        *exercise_id,
                                            GDateTime         *now,
                                            GError           **error);
gboolean  patella_store_move_in_plan       (PatellaStore      *self,
                                            gint64             program_id,
                                            const char        *exercise_id,
                                            int                position,
                                            GDateTime         *now,
                                            GError           **error);

G_END_DECLS
