/* patella-plan-window-private.h: what the plan editor's two files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-plan-window.h"
#include "patella-store-program.h"

G_BEGIN_DECLS

struct _PatellaPlanWindow
{
  AdwPreferencesWindow parent_instance;

  PatellaStore        *store;
  PatellaToday        *today;
  PatellaSide          affected;
  gint64               program_id;
  GArray              *plan;         /* PatellaStorePlanItem */
  GPtrArray           *added_rows;   /* rows this editor put in the groups */
  GHashTable          *rows;         /* exercise id -> RowWidgets */
  char                *focus_id;     /* where the focus goes after a rebuild */
  const char          *focus_what;

  AdwPreferencesGroup *plan_group;
  AdwPreferencesGroup *own_group;
  AdwPreferencesGroup *catalogue_group;
  AdwEntryRow         *own_name;
  AdwComboRow         *own_work;
  AdwComboRow         *own_sides;
  AdwEntryRow         *own_steps;
  GtkSpinButton       *own_sets;
  GtkSpinButton       *own_reps;
  GtkSpinButton       *own_hold;
};

/* The widgets of one row, to put the focus back after a rebuild. */
typedef struct
{
  GtkWidget *expander;
  GtkWidget *up;
  GtkWidget *down;
  GtkWidget *remove;
  GtkWidget *save;
  GtkWidget *add;
} RowWidgets;
void           _patella_plan_window_toast          (PatellaPlanWindow          *self,
                                                    const char                 *text);
void           _patella_plan_window_toast_error    (PatellaPlanWindow          *self,
                                                    const char                 *what,
                                                    const GError               *error);
void           _patella_plan_window_set_label      (GtkWidget                  *widget,
                                                    const char                 *label);
GtkSpinButton *_patella_plan_window_spin_row       (GtkWidget                  *parent,
                                                    const char                 *title,
                                                    PatellaDoseLimit            field,
                                                    PatellaWorkKind             work,
                                                    int                         value);
GDateTime     *_patella_plan_window_now            (PatellaPlanWindow          *self);
void           _patella_plan_window_remember_focus (PatellaPlanWindow          *self,
                                                    const char                 *exercise_id,
                                                    const char                 *what);
void           _patella_plan_window_add_plan_row   (PatellaPlanWindow          *self,
                                                    const PatellaStorePlanItem *item,
                                                    guint                       position);
void           _patella_plan_window_add_catalogue_row (PatellaPlanWindow       *self,
                                                    PatellaExercise            *exercise);

G_END_DECLS
