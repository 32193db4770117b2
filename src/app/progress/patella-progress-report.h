/* patella-progress-report.h: a printable report of the program for a physical therapist
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "patella-store.h"

G_BEGIN_DECLS

typedef enum
{
  PATELLA_REPORT_PAPER_A4,
  PATELLA_REPORT_PAPER_LETTER,
} PatellaReportPaper;

gboolean patella_progress_report_write (PatellaStore        *store,
                                        const char          *today,
                                        const char          *from,
                                        const char          *to,
                                        PatellaReportPaper   paper,
                                        const char          *path,
                                        GError             **error);
PatellaReportPaper patella_report_paper_for_locale (void);

G_END_DECLS
