/* patella-csv-parse.h: a CSV parser fed in pieces, so a file is never held whole
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "patella-csv-private.h"

G_BEGIN_DECLS

typedef struct _PatellaCsvParser PatellaCsvParser;

PatellaCsvParser *patella_csv_parser_new    (const char       *file_name);
void              patella_csv_parser_free   (PatellaCsvParser *parser);
gboolean          patella_csv_parser_feed   (PatellaCsvParser *parser,
                                             const char       *data,
                                             gsize             len);
PatellaCsvTable  *patella_csv_parser_finish (PatellaCsvParser *parser,
                                             GError          **error);

/* patella-csv-rows.c: a field into its row, and the app's rules for a row;
 * each returns NULL, or the reason in words. */
char             *patella_csv_parse_value   (GStringChunk           *strings,
                                             const PatellaCsvColumn *column,
                                             const char             *text,
                                             gpointer                row);
char             *patella_csv_check_row     (PatellaCsvTableKind     kind,
                                             gconstpointer           row,
                                             const char             *today,
                                             const char            **column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaCsvParser, patella_csv_parser_free)

G_END_DECLS
