/* patella-exercise-picture.h: an exercise's figure, start or end position, recoloured for dark
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PATELLA_TYPE_EXERCISE_PICTURE (patella_exercise_picture_get_type ())

G_DECLARE_FINAL_TYPE (PatellaExercisePicture, patella_exercise_picture,
                      PATELLA, EXERCISE_PICTURE, GtkWidget)

GtkWidget  *patella_exercise_picture_new             (void);

const char *patella_exercise_picture_get_exercise_id (PatellaExercisePicture *self);
void        patella_exercise_picture_set_exercise_id (PatellaExercisePicture *self,
                                                      const char             *exercise_id);
/* FALSE: the start position; TRUE: the end of the movement. */
gboolean    patella_exercise_picture_get_end         (PatellaExercisePicture *self);
void        patella_exercise_picture_set_end         (PatellaExercisePicture *self,
                                                      gboolean                end);
/* Whether a figure exists for this exercise (the optional ones have none). */
gboolean    patella_exercise_picture_has_figure      (const char             *exercise_id);

/* For tests and screenshots: how many times a figure was rasterised. */
guint       patella_exercise_picture_get_n_renders   (PatellaExercisePicture *self);

G_END_DECLS
