/* patella-backup.h: daily automatic backups of the diary, and restoring one
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-store.h"

G_BEGIN_DECLS

/* How many daily backups are kept; older ones are removed. */
#define PATELLA_BACKUP_KEEP 7

typedef struct
{
  char   *path;
  char    day[PATELLA_LOCAL_DAY_LEN + 1];  /* the local day it was made, from its name */
  goffset size;
  gint64  modified;  /* when it was written, in seconds since 1970 (UTC) */
} PatellaBackup;

void          patella_backup_free           (PatellaBackup *backup);
GPtrArray    *patella_backup_list           (const char    *backup_dir,
                                             GError       **error);
gint64        patella_backup_count_days     (const char    *backup_path,
                                             GError       **error);

gboolean      patella_store_backup_if_due   (PatellaStore  *self,
                                             const char    *backup_dir,
                                             GDateTime     *now,
                                             char         **made,
                                             GError       **error);
void          patella_store_backup_if_due_async  (PatellaStore        *self,
                                                  const char          *backup_dir,
                                                  GDateTime           *now,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean      patella_store_backup_if_due_finish (PatellaStore        *self,
                                                  GAsyncResult        *result,
                                                  char               **made,
                                                  GError             **error);
gboolean      patella_store_backup_to       (PatellaStore  *self,
                                             const char    *dest_path,
                                             GError       **error);
PatellaStore *patella_store_restore_backup  (PatellaStore  *self,
                                             const char    *backup_path,
                                             char         **renamed_to,
                                             GError       **error);

void          patella_store_restore_backup_async  (PatellaStore        *self,
                                                   const char          *backup_path,
                                                   GCancellable        *cancellable,
                                                   PatellaProgressFunc  progress,
                                                   gpointer             progress_data,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
PatellaStore *patella_store_restore_backup_finish (PatellaStore        *self,
                                                   GAsyncResult        *result,
                                                   char               **renamed_to,
                                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaBackup, patella_backup_free)

G_END_DECLS
