/* fuzz-csv-import.c: libFuzzer target for the CSV importer, and a replay of its seed corpus
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With -Dfuzzing=true (clang) this builds as a libFuzzer target:
 *   ./tests/fuzz-csv-import-libfuzzer -max_total_time=60 ../tests/fuzz-corpus/csv-import
 * Otherwise it is a normal test that runs every corpus file through the
 * same function, so the seeds stay valid and the checks stay honest.
 */
#include "config.h"

#include <stdint.h>

#include "patella-csv-import.h"
#include "patella-store.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static PatellaStore *store;
static guint n_runs;

/* The property fuzzed beyond "no crash": whatever the parser accepts, the
 * database accepts too. Its checks mirror the schema's CHECK constraints,
 * so a row refused only by SQLite would be a bug in the validation. The one
 * allowed failure is a set whose session is not in the diary. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PatellaCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;

  table = patella_csv_parse ("fuzz.csv", (const char *) data, size, &error);
  if (table == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == PATELLA_CSV_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  /* A fresh in-memory diary now and then keeps runs independent enough. */
  if (store == NULL || ++n_runs % 500 == 0)
    {
      g_clear_object (&store);
      store = patella_store_open (":memory:", &error);
      g_assert_no_error (error);
    }

  if (!patella_csv_apply (store, &table, 1, NULL, &error))
    g_assert_error (error, PATELLA_CSV_ERROR, PATELLA_CSV_ERROR_UNKNOWN_SESSION);

  return 0;
}

#ifndef PATELLA_LIBFUZZER

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(PatellaCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  gboolean should_parse;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);

  /* Seeds named bad-*, truncated-* or binary* are there to be refused. */
  should_parse = !g_str_has_prefix (base, "bad-") && !g_str_has_prefix (base, "truncated-")
                 && !g_str_has_prefix (base, "binary");
  table = patella_csv_parse (base, contents, len, &error);
  if (should_parse)
    g_assert_no_error (error);
  else
    g_assert_nonnull (error);
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  int status;

  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  dir_path = g_test_build_filename (G_TEST_DIST, "fuzz-corpus", "csv-import", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, by_name);
  g_assert_cmpuint (paths->len, >=, 5);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      g_autofree char *test_name = g_strconcat ("/fuzz/csv-import/", base, NULL);

      g_test_add_data_func (test_name, paths->pdata[i], replay);
    }

  status = g_test_run ();
  g_clear_object (&store);
  return status;
}

#endif
