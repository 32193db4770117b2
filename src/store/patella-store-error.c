/* patella-store-error.c: what can go wrong with the diary file, in words a person understands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "patella-store-private.h"

G_DEFINE_QUARK (patella-store-error-quark, patella_store_error)

/* Every message says what happened to the user's data, because that is what
 * a person wants to know first. */
void
_patella_store_set_file_error (GError          **error,
                               PatellaStoreError code,
                               const char       *path)
{
  g_autofree char *name = g_filename_display_name (path ? path : "");

  switch (code)
    {
    case PATELLA_STORE_ERROR_NOT_A_DATABASE:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” is not a Patella diary. It was left as it is."), name);
      break;
    case PATELLA_STORE_ERROR_EMPTY:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” is empty. Patella did not write over it, in case your diary "
                     "was meant to be there (an unfinished copy or sync can leave an empty "
                     "file)."), name);
      break;
    case PATELLA_STORE_ERROR_TRUNCATED:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” is shorter than it should be: part of the diary is missing, "
                     "perhaps from an unfinished copy. It was left as it is."), name);
      break;
    case PATELLA_STORE_ERROR_CORRUPT:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” is damaged and cannot be read safely. It was left as it is; "
                     "a backup can be restored."), name);
      break;
    case PATELLA_STORE_ERROR_NEWER_VERSION:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” was saved by a newer version of Patella. Update Patella to "
                     "open it; this version will not change it."), name);
      break;
    case PATELLA_STORE_ERROR_READ_ONLY:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” cannot be written: the file or its folder is read-only."),
                   name);
      break;
    case PATELLA_STORE_ERROR_LOCKED:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("“%s” is in use by another program. Close that program and try "
                     "again."), name);
      break;
    case PATELLA_STORE_ERROR_FULL:
      g_set_error_literal (error, PATELLA_STORE_ERROR, code,
                           _("The disk is full, so the last change was not saved. Free "
                             "some space and try again; everything saved before is safe."));
      break;
    case PATELLA_STORE_ERROR_IO:
      g_set_error (error, PATELLA_STORE_ERROR, code,
                   _("The disk failed while reading or writing “%s”, so the last change "
                     "was not saved. Everything saved before is kept."), name);
      break;
    case PATELLA_STORE_ERROR_CLOSED:
      g_set_error_literal (error, PATELLA_STORE_ERROR, code,
                           _("The diary was closed; open it again."));
      break;
    case PATELLA_STORE_ERROR_NOT_FOUND:
      g_set_error_literal (error, PATELLA_STORE_ERROR, code,
                           _("That entry is not in the diary (any more)."));
      break;
    case PATELLA_STORE_ERROR_INVALID:
    default:
      g_set_error_literal (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_INVALID,
                           _("A value was outside what the diary accepts, so nothing "
                             "was saved."));
      break;
    }
}

static PatellaStoreError
code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return PATELLA_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CORRUPT:
      return PATELLA_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return PATELLA_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PATELLA_STORE_ERROR_LOCKED;
    case SQLITE_FULL:
      return PATELLA_STORE_ERROR_FULL;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return PATELLA_STORE_ERROR_INVALID;
    default:
      return PATELLA_STORE_ERROR_IO;
    }
}

void
_patella_store_set_sqlite_error (GError     **error,
                                 int          rc,
                                 sqlite3     *db,
                                 const char  *path)
{
  PatellaStoreError code = code_from_sqlite (rc);

  /* A disk-full during a write can also surface as an I/O error whose
   * errno says ENOSPC: tell the person the actionable cause. */
  if (code == PATELLA_STORE_ERROR_IO && db != NULL && sqlite3_system_errno (db) == ENOSPC)
    code = PATELLA_STORE_ERROR_FULL;

  g_debug ("SQLite error %d on %s: %s", rc, path ? path : "(none)",
           db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  _patella_store_set_file_error (error, code, path);
}

PatellaStoreError
_patella_store_error_from_errno (int errsv)
{
  switch (errsv)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      return PATELLA_STORE_ERROR_READ_ONLY;
    case ENOSPC:
    case EDQUOT:
      return PATELLA_STORE_ERROR_FULL;
    case EBUSY:
    case ETXTBSY:
      return PATELLA_STORE_ERROR_LOCKED;
    case ENOENT:
      return PATELLA_STORE_ERROR_NOT_FOUND;
    default:
      return PATELLA_STORE_ERROR_IO;
    }
}
