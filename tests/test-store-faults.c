/* test-store-faults.c: a full disk or a failing write, through a VFS shim that fails the Nth write
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "patella-store-private.h"
#include "store-test-util.h"

/* ---- the shim: the default VFS, with writes that can be made to fail ---- */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FaultFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs fault_vfs;
static sqlite3_io_methods fault_methods;

static guint n_writes;       /* writes seen since the counter was reset */
static guint fail_at;        /* 0: never; N: the Nth write from arming fails */
static int   fail_rc;        /* SQLITE_FULL or SQLITE_IOERR_WRITE */
static gboolean failing;     /* a full disk stays full until space is freed */
static guint n_failed;

static void
arm (guint nth,
     int   rc)
{
  n_writes = 0;
  n_failed = 0;
  fail_at = nth;
  fail_rc = rc;
  failing = FALSE;
}

static void
disarm (void)
{
  fail_at = 0;
  failing = FALSE;
}

#define REAL(f) (((FaultFile *) (f))->real)

static int
fault_close (sqlite3_file *f)
{
  int rc = REAL (f)->pMethods ? REAL (f)->pMethods->xClose (REAL (f)) : SQLITE_OK;

  return rc;
}

static int
fault_read (sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
  return REAL (f)->pMethods->xRead (REAL (f), buf, amt, off);
}

static int
fault_write (sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
  n_writes++;
  if (fail_at != 0 && n_writes == fail_at)
    failing = TRUE;
  if (failing)
    {
      n_failed++;
      /* Only a full disk persists; an I/O error is a one-off glitch. */
      if (fail_rc != SQLITE_FULL)
        failing = FALSE;
      return fail_rc;
    }

  return REAL (f)->pMethods->xWrite (REAL (f), buf, amt, off);
}

static int
fault_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  return REAL (f)->pMethods->xTruncate (REAL (f), size);
}

static int
fault_sync (sqlite3_file *f, int flags)
{
  return REAL (f)->pMethods->xSync (REAL (f), flags);
}

static int
fault_file_size (sqlite3_file *f, sqlite3_int64 *size)
{
  return REAL (f)->pMethods->xFileSize (REAL (f), size);
}

static int
fault_lock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xLock (REAL (f), level);
}

static int
fault_unlock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xUnlock (REAL (f), level);
}

static int
fault_check_reserved (sqlite3_file *f, int *out)
{
  return REAL (f)->pMethods->xCheckReservedLock (REAL (f), out);
}

static int
fault_file_control (sqlite3_file *f, int op, void *arg)
{
  return REAL (f)->pMethods->xFileControl (REAL (f), op, arg);
}

static int
fault_sector_size (sqlite3_file *f)
{
  return REAL (f)->pMethods->xSectorSize (REAL (f));
}

static int
fault_device_characteristics (sqlite3_file *f)
{
  return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f));
}

static int
fault_shm_map (sqlite3_file *f, int page, int size, int extend, void volatile **p)
{
  return REAL (f)->pMethods->xShmMap (REAL (f), page, size, extend, p);
}

static int
fault_shm_lock (sqlite3_file *f, int offset, int n, int flags)
{
  return REAL (f)->pMethods->xShmLock (REAL (f), offset, n, flags);
}

static void
fault_shm_barrier (sqlite3_file *f)
{
  REAL (f)->pMethods->xShmBarrier (REAL (f));
}

static int
fault_shm_unmap (sqlite3_file *f, int delete_flag)
{
  return REAL (f)->pMethods->xShmUnmap (REAL (f), delete_flag);
}

/* No memory-mapped I/O: every write must go through fault_write. */
static int
fault_fetch (sqlite3_file *f, sqlite3_int64 off, int amt, void **p)
{
  *p = NULL;
  return SQLITE_OK;
}

static int
fault_unfetch (sqlite3_file *f, sqlite3_int64 off, void *p)
{
  return SQLITE_OK;
}

static int
fault_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultFile *ff = (FaultFile *) file;
  int rc;

  ff->real = (sqlite3_file *) (ff + 1);
  rc = real_vfs->xOpen (real_vfs, name, ff->real, flags, out_flags);
  file->pMethods = ff->real->pMethods ? &fault_methods : NULL;

  return rc;
}

static void
install_fault_vfs (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);

  fault_methods = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = fault_close,
    .xRead = fault_read,
    .xWrite = fault_write,
    .xTruncate = fault_truncate,
    .xSync = fault_sync,
    .xFileSize = fault_file_size,
    .xLock = fault_lock,
    .xUnlock = fault_unlock,
    .xCheckReservedLock = fault_check_reserved,
    .xFileControl = fault_file_control,
    .xSectorSize = fault_sector_size,
    .xDeviceCharacteristics = fault_device_characteristics,
    .xShmMap = fault_shm_map,
    .xShmLock = fault_shm_lock,
    .xShmBarrier = fault_shm_barrier,
    .xShmUnmap = fault_shm_unmap,
    .xFetch = fault_fetch,
    .xUnfetch = fault_unfetch,
  };

  fault_vfs = *real_vfs;
  fault_vfs.zName = "patella-faults";
  fault_vfs.szOsFile = sizeof (FaultFile) + real_vfs->szOsFile;
  fault_vfs.xOpen = fault_open;
  fault_vfs.pNext = NULL;
  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}

/* ---- tests ---- */

typedef struct
{
  char         *dir;
  char         *path;
  PatellaStore *store;
  GDateTime    *now;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  disarm ();
  f->dir = test_make_tmp_dir ();
  f->path = g_build_filename (f->dir, "patella.db", NULL);
  f->now = g_date_time_new_local (2030, 1, 1, 12, 0, 0);
  f->store = patella_store_open (f->path, &error);
  g_assert_no_error (error);

  for (int i = 0; i < 20; i++)
    {
      g_autoptr(PatellaPainEntry) e = NULL;
      char day[11];

      patella_local_day_add_days ("2029-01-01", i, day);
      e = patella_pain_entry_new (day, i % 5, i % 5 + 2);
      patella_pain_entry_set_note (e, "already safe on disk");
      g_assert_true (patella_store_save_pain (f->store, e, f->now, &error));
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  disarm ();
  g_clear_object (&f->store);
  g_date_time_unref (f->now);
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The database is whole and holds exactly the rows it should. */
static void
assert_intact (const char *path,
               guint       n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaStore) store = patella_store_open (path, &error);
  g_autoptr(GPtrArray) list = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (store->db, "PRAGMA integrity_check", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);

  list = patella_store_list_pain (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, n_expected);
  for (guint i = 0; i < list->len; i++)
    {
      PatellaPainEntry *e = list->pdata[i];

      if (g_str_has_prefix (e->day, "2029-"))
        g_assert_cmpstr (e->note, ==, "already safe on disk");
    }
}

static guint
count_writes_of_one_save (Fixture *f)
{
  g_autoptr(PatellaPainEntry) e = patella_pain_entry_new ("2030-01-01", 1, 1);
  g_autoptr(PatellaPainEntry) gone = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  arm (0, SQLITE_OK);
  g_assert_true (patella_store_save_pain (f->store, e, f->now, &error));
  n = n_writes;
  gone = patella_store_delete_pain (f->store, "2030-01-01", &error);
  g_assert_no_error (error);

  return n;
}

/* Every write of the action fails in turn: the action says so, nothing
 * already saved is harmed, and the same call succeeds afterwards. */
static void
test_pain_save_faults (Fixture       *f,
                       gconstpointer  data)
{
  int rc = GPOINTER_TO_INT (data);
  int expected = rc == SQLITE_FULL ? PATELLA_STORE_ERROR_FULL : PATELLA_STORE_ERROR_IO;
  guint n = count_writes_of_one_save (f);

  g_assert_cmpuint (n, >=, 2); /* at least a page and the commit frame */
  g_test_message ("one pain save makes %u writes; failing each in turn", n);

  for (guint nth = 1; nth <= n; nth++)
    {
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new ("2030-01-01", 4, 6);
      g_autoptr(PatellaPainEntry) got = NULL;
      g_autoptr(GListModel) model = patella_store_get_pain_model (f->store, NULL);
      g_autoptr(GError) error = NULL;
      guint n_items = g_list_model_get_n_items (model);

      patella_pain_entry_set_note (e, "logged while the disk was full");
      arm (nth, rc);
      g_assert_false (patella_store_save_pain (f->store, e, f->now, &error));
      g_assert_error (error, PATELLA_STORE_ERROR, expected);
      g_assert_cmpuint (n_failed, >=, 1);
      /* The failed save is not shown as saved. */
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);

      /* Still full: a retry fails the same way and changes nothing. */
      if (rc == SQLITE_FULL)
        {
          g_clear_error (&error);
          g_assert_false (patella_store_save_pain (f->store, e, f->now, &error));
          g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_FULL);
        }
      g_clear_error (&error);

      disarm ();
      assert_intact (f->path, 20);

      /* Space is back: the retry on the same store succeeds. */
      g_assert_true (patella_store_save_pain (f->store, e, f->now, &error));
      g_assert_no_error (error);
      got = patella_store_get_pain (f->store, "2030-01-01", &error);
      g_assert_nonnull (got);
      g_assert_cmpstr (got->note, ==, "logged while the disk was full");
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items + 1);
      assert_intact (f->path, 21);

      g_clear_pointer (&got, patella_pain_entry_free);
      got = patella_store_delete_pain (f->store, "2030-01-01", &error);
      g_assert_no_error (error);
    }
}

static void
test_set_faults (Fixture       *f,
                 gconstpointer  data)
{
  int rc = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  gint64 t0 = patella_store_usec (f->now);
  gint64 session = patella_store_begin_session (f->store, f->now, 1, &error);
  PatellaStoreSet set = {
    .exercise_id = "clamshell", .side = PATELLA_STORE_SIDE_LEFT, .set_number = 1,
    .reps_planned = 10, .reps_done = 10, .pain_during = PATELLA_STORE_NO_PAIN,
    .started_us = t0, .ended_us = t0 + 1,
  };
  guint n;

  g_assert_no_error (error);
  arm (0, SQLITE_OK);
  g_assert_true (patella_store_add_set (f->store, session, &set, NULL, &error));
  n = n_writes;
  g_assert_cmpuint (n, >=, 2);
  g_test_message ("one set makes %u writes; failing each in turn", n);

  for (guint nth = 1; nth <= n; nth++)
    {
      g_autoptr(GArray) sets = NULL;

      set.set_number = (int) nth + 1;
      arm (nth, rc);
      g_assert_false (patella_store_add_set (f->store, session, &set, NULL, &error));
      g_assert_error (error, PATELLA_STORE_ERROR,
                      (rc == SQLITE_FULL ? PATELLA_STORE_ERROR_FULL : PATELLA_STORE_ERROR_IO));
      g_clear_error (&error);
      disarm ();

      sets = patella_store_list_sets (f->store, session, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sets->len, ==, nth);
      g_assert_true (patella_store_add_set (f->store, session, &set, NULL, &error));
      g_assert_no_error (error);
    }

  assert_intact (f->path, 20);
}

/* Closing copies the WAL into the main file; if that fails, the WAL is
 * kept and the next open still has everything. */
static void
test_checkpoint_faults (Fixture       *f,
                        gconstpointer  data)
{
  /* Each write of the checkpoint fails in turn, until one past the last. */
  for (guint nth = 1; ; nth++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PatellaPainEntry) e = patella_pain_entry_new ("2030-01-01", 1, 2);
      g_autoptr(PatellaPainEntry) gone = NULL;

      g_assert_true (patella_store_save_pain (f->store, e, f->now, &error));
      arm (nth, GPOINTER_TO_INT (data));
      g_clear_object (&f->store);
      disarm ();
      assert_intact (f->path, 21);
      if (n_failed == 0)
        {
          g_assert_cmpuint (nth, >, 1);
          break;
        }

      f->store = patella_store_open (f->path, &error);
      g_assert_no_error (error);
      gone = patella_store_delete_pain (f->store, "2030-01-01", &error);
      g_assert_no_error (error);
    }
}

/* Creating a new diary on a full disk leaves nothing half-made behind. */
static void
test_create_faults (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (f->dir, "fresh", "new.db", NULL);
  g_autofree char *folder = g_path_get_dirname (fresh);
  g_autoptr(PatellaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;

  arm (1, SQLITE_FULL);
  store = patella_store_open (fresh, &error);
  g_assert_null (store);
  g_assert_error (error, PATELLA_STORE_ERROR, PATELLA_STORE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  dir = g_dir_open (folder, 0, NULL);
  g_assert_null (g_dir_read_name (dir)); /* no temporary file left either */

  disarm ();
  store = patella_store_open (fresh, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);
  install_fault_vfs ();

  g_test_add ("/store/faults/pain-full", Fixture, GINT_TO_POINTER (SQLITE_FULL),
              fixture_set_up, test_pain_save_faults, fixture_tear_down);
  g_test_add ("/store/faults/pain-ioerr", Fixture, GINT_TO_POINTER (SQLITE_IOERR_WRITE),
              fixture_set_up, test_pain_save_faults, fixture_tear_down);
  g_test_add ("/store/faults/set-full", Fixture, GINT_TO_POINTER (SQLITE_FULL),
              fixture_set_up, test_set_faults, fixture_tear_down);
  g_test_add ("/store/faults/set-ioerr", Fixture, GINT_TO_POINTER (SQLITE_IOERR_WRITE),
              fixture_set_up, test_set_faults, fixture_tear_down);
  g_test_add ("/store/faults/checkpoint-full", Fixture, GINT_TO_POINTER (SQLITE_FULL),
              fixture_set_up, test_checkpoint_faults, fixture_tear_down);
  g_test_add ("/store/faults/checkpoint-ioerr", Fixture, GINT_TO_POINTER (SQLITE_IOERR_WRITE),
              fixture_set_up, test_checkpoint_faults, fixture_tear_down);
  g_test_add ("/store/faults/create-full", Fixture, NULL,
              fixture_set_up, test_create_faults, fixture_tear_down);

  return g_test_run ();
}
