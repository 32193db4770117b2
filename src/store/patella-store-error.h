/* patella-store-error.h: what can go wrong with the diary file, as GError codes
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PATELLA_STORE_ERROR (patella_store_error_quark ())
GQuark patella_store_error_quark (void);

/* The first eight are the bad files of the "open" step: the app offers
 * retry, open another file, or start fresh beside it. The file is never
 * changed when one of those is returned. */
typedef enum
{
  PATELLA_STORE_ERROR_NOT_A_DATABASE, /* garbage, or another program's database */
  PATELLA_STORE_ERROR_EMPTY,          /* a zero-length file where the diary should be */
  PATELLA_STORE_ERROR_TRUNCATED,      /* shorter than its own header says */
  PATELLA_STORE_ERROR_CORRUPT,        /* SQLite found damage inside */
  PATELLA_STORE_ERROR_NEWER_VERSION,  /* written by a newer Patella */
  PATELLA_STORE_ERROR_READ_ONLY,      /* the file or its folder cannot be written */
  PATELLA_STORE_ERROR_LOCKED,         /* another program holds it */
  PATELLA_STORE_ERROR_FULL,           /* no space left: free some and retry */
  PATELLA_STORE_ERROR_IO,             /* the disk failed a read or write */
  PATELLA_STORE_ERROR_INVALID,        /* a value was refused (range, day, ...) */
  PATELLA_STORE_ERROR_NOT_FOUND,      /* no such entry, session or backup */
  PATELLA_STORE_ERROR_CLOSED,         /* the store was closed (e.g. after a restore) */
} PatellaStoreError;

G_END_DECLS
