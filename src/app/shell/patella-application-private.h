/* patella-application-private.h: what the application's own files share
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-application.h"
#include "patella-csv-import.h"
#include "patella-reminders.h"
#include "patella-store.h"

G_BEGIN_DECLS

struct _PatellaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *database_path;
  PatellaStore   *store;
  PatellaClock   *clock;
  PatellaToday   *today;
  PatellaReminders *reminders;
  gboolean        held_for_reminders;
  gboolean        background;      /* --background: the first activation opens no window */
  gboolean        demo;    /* a temporary demo diary: never backed up */
};

void _patella_application_set_store               (PatellaApplication *self,
                                                  PatellaStore       *store);
void _patella_application_open_store_and_present (PatellaApplication *self,
                                                  const char         *notice);
void _patella_application_show_window            (PatellaApplication *self,
                                                  const char         *notice);

void     _patella_application_init_reminders        (PatellaApplication *self);
void     _patella_application_add_reminder_actions  (PatellaApplication *self);
void     _patella_application_start_in_background   (PatellaApplication *self);

void     _patella_application_add_data_actions (PatellaApplication          *self);
void     _patella_application_toast_with_button (PatellaApplication         *self,
                                                 const char                 *title,
                                                 guint                       timeout,
                                                 const char                 *button,
                                                 const char                 *action,
                                                 const char                 *target);
void     _patella_application_backup_if_due    (PatellaApplication          *self);
void     _patella_application_export_to        (PatellaApplication          *self,
                                                const char                  *dir);
void     _patella_application_import_from      (PatellaApplication          *self,
                                                const char                  *path);
void     _patella_application_restore_from     (PatellaApplication          *self,
                                                const char                  *backup_path);
char    *_patella_application_import_summary   (const PatellaCsvImportStats *stats);
int      _patella_application_run_report       (PatellaApplication          *self,
                                                const char                  *path,
                                                const char                  *from,
                                                const char                  *to);
gboolean _patella_application_write_report     (PatellaApplication          *self,
                                                const char                  *path,
                                                GError                     **error);
int      _patella_application_run_csv_command  (PatellaApplication          *self,
                                                const char                  *export_dir,
                                                const char                  *import_path);

G_END_DECLS
