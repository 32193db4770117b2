/* patella-progress-report.c: a printable report of the program for a physical therapist
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "patella-catalogue.h"
#include "patella-chart.h"
#include "patella-day-label.h"
#include "patella-progress-charts.h"
#include "patella-progress-report.h"
#include "patella-store-charts.h"

/* Points: the PDF's own unit. */
#define MARGIN 48.0
#define CHART_HEIGHT 170.0
#define GAP 14.0
#define CHART_SCALE 1.4

/* Two minutes of reading: the numbers first, then each chart with its
 * sentence, the same charts and words the app shows. */
typedef struct
{
  cairo_t *cr;
  double   width;      /* of the page */
  double   height;
  double   y;          /* where the next block goes */
} Page;

static double
text_block (Page       *page,
            const char *text,
            const char *font)
{
  PangoLayout *layout = pango_cairo_create_layout (page->cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) ((page->width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  cairo_move_to (page->cr, MARGIN, page->y);
  cairo_set_source_rgb (page->cr, 0.1, 0.1, 0.1);
  pango_cairo_show_layout (page->cr, layout);

  pango_font_description_free (desc);
  g_object_unref (layout);
  return h;
}

static void
need (Page   *page,
      double  height)
{
  if (page->y + height <= page->height - MARGIN)
    return;

  cairo_show_page (page->cr);
  page->y = MARGIN;
}

static void
add_text (Page       *page,
          const char *text,
          const char *font,
          double      after)
{
  page->y += text_block (page, text, font) + after;
}

/* A chart as the app draws it, scaled into the column. */
/* The chart was just filled for @summary: draws it, then the sentence. */
static void
add_chart (Page         *page,
           const char   *title,
           PatellaChart *chart,
           char         *summary)
{
  double column = page->width - 2 * MARGIN;
  g_autoptr(GskRenderNode) node = NULL;

  need (page, CHART_HEIGHT + 80);
  add_text (page, title, "Sans Bold 13", 4);
  /* Drawn larger and scaled down: finer lines and labels than on screen,
   * still readable on paper. */
  node = patella_chart_build_node (chart, (int) (column * CHART_SCALE),
                                   (int) (CHART_HEIGHT * CHART_SCALE));
  cairo_save (page->cr);
  cairo_translate (page->cr, MARGIN, page->y);
  cairo_scale (page->cr, 1.0 / CHART_SCALE, 1.0 / CHART_SCALE);
  gsk_render_node_draw (node, page->cr);
  cairo_restore (page->cr);
  page->y += CHART_HEIGHT + 6;
  add_text (page, summary, "Sans 10", GAP);
  g_free (summary);
}

static char *
show_pain (PatellaChart             *chart,
           const PatellaChartSeries *series)
{
  return patella_progress_show_pain (chart, series, TRUE);
}

static char *
facts (const PatellaChartSeries *series,
       const PatellaChartRows   *rows,
       const char               *today)
{
  GString *text = g_string_new (NULL);
  guint warnings = 0;

  for (guint i = 0; i < series->n_days; i++)
    warnings += series->warning[i];

  if (rows->has_program)
    {
      g_autofree char *week = patella_program_format_week (&rows->program, today);
      g_autofree char *start = patella_day_label_full (rows->program.start_day);

      /* Translators: e.g. "Week 3 of 6 · program started Monday 2 March 2026" */
      g_string_append_printf (text, _("%s · program started %s\n"), week, start);
    }
  /* Translators: sessions in the report; the numbers of each kind */
  g_string_append_printf (text, _("Training days planned: %u · done: %u · partial: %u · "
                                  "missed: %u\n"),
                          series->planned, series->done, series->partial, series->missed);
  /* Translators: the days with a pain entry, and days with a warning sign */
  g_string_append_printf (text, _("Days with a pain entry: %u · days with a warning sign: %u"),
                          series->days_logged, warnings);
  if (series->n_kujala > 0 && !isnan (series->kujala_first))
    {
      double last = NAN;

      for (guint i = 0; i < series->n_days; i++)
        if (!isnan (series->kujala[i]))
          last = series->kujala[i];
      if (!isnan (last))
        /* Translators: the knee questionnaire's first and latest scores */
        g_string_append_printf (text, _("\nKujala score: first %.0f, latest %.0f (%+.0f)"),
                                series->kujala_first, last, last - series->kujala_first);
    }

  return g_string_free (text, FALSE);
}

/**
 * patella_report_paper_for_locale:
 *
 * Returns: Letter where the locale's paper is US letter size, A4 otherwise
 */
PatellaReportPaper
patella_report_paper_for_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  if (GPOINTER_TO_INT (nl_langinfo (_NL_PAPER_WIDTH)) == 216)
    return PATELLA_REPORT_PAPER_LETTER;
#endif
  return PATELLA_REPORT_PAPER_A4;
}

/**
 * patella_progress_report_write:
 * @store: the diary
 * @today: the local day the report is made on
 * @from: (nullable): the first day to cover; %NULL for the program's start
 *   (or the last six weeks without a program)
 * @to: (nullable): the last day to cover; %NULL for @today
 * @paper: the page size
 * @path: the PDF file to write
 * @error: why it could not be written
 *
 * Writes the program, its charts and their summaries, the sessions done
 * and missed, the warning signs and the Kujala scores, for a physical
 * therapist to read in two minutes. Needs GTK initialised (the charts are
 * drawn by the same widget as on screen).
 *
 * Returns: %FALSE with @error set if the diary or the file failed
 */
gboolean
patella_progress_report_write (PatellaStore        *store,
                               const char          *today,
                               const char          *from,
                               const char          *to,
                               PatellaReportPaper   paper,
                               const char          *path,
                               GError             **error)
{
  g_autoptr(PatellaChartSeries) series = NULL;
  PatellaChartRows rows = { 0 };
  char first_day[PATELLA_LOCAL_DAY_LEN + 1];
  const char *last_day = to != NULL ? to : today;
  g_autofree char *header = NULL;
  g_autofree char *facts_text = NULL;
  g_autofree char *from_label = NULL;
  g_autofree char *to_label = NULL;
  PatellaChart *chart;
  GtkWidget *holder;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint32 first, last;
  Page page = { 0 };
  GDate date;

  g_return_val_if_fail (PATELLA_IS_STORE (store), FALSE);
  g_return_val_if_fail (patella_local_day_is_valid (today), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((from != NULL && !patella_local_day_is_valid (from))
      || (to != NULL && !patella_local_day_is_valid (to))
      || (from != NULL && strcmp (from, last_day) > 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The report's days must be written YYYY-MM-DD, the first not after the "
                     "last"));
      return FALSE;
    }

  if (!patella_store_load_chart_rows (store, last_day, last_day, &rows, error))
    return FALSE;
  patella_chart_range_days (&rows, PATELLA_CHART_RANGE_PROGRAM, last_day, &first, &last);
  if (from != NULL)
    first = patella_local_day_to_julian (from);
  patella_chart_rows_clear (&rows);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, first);
  patella_local_day_from_date (&date, first_day);
  if (!patella_store_load_chart_rows (store, first_day, last_day, &rows, error))
    return FALSE;
  series = patella_chart_series_compute (&rows, first, last, last_day, FALSE);

  page.width = paper == PATELLA_REPORT_PAPER_LETTER ? 612.0 : 595.0;
  page.height = paper == PATELLA_REPORT_PAPER_LETTER ? 792.0 : 842.0;
  surface = cairo_pdf_surface_create (path, page.width, page.height);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      cairo_surface_destroy (surface);
      patella_chart_rows_clear (&rows);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  page.cr = cairo_create (surface);
  page.y = MARGIN;
  /* In a window never shown, the chart gets the theme's fonts and
   * colours, as on screen; unparented it would have neither. */
  holder = gtk_window_new ();
  chart = g_object_new (PATELLA_TYPE_CHART, NULL);
  gtk_window_set_child (GTK_WINDOW (holder), GTK_WIDGET (chart));

  from_label = patella_day_label_full (first_day);
  to_label = patella_day_label_full (last_day);
  add_text (&page, _("Knee Strengthening Program: Progress Report"), "Sans Bold 18", 4);
  /* Translators: the days a report covers, e.g. "Monday 2 March 2026 to Sunday 12 April 2026" */
  header = g_strdup_printf (_("%s to %s · made with Patella, from the user's own diary"),
                            from_label, to_label);
  add_text (&page, header, "Sans 10", GAP);
  facts_text = facts (series, &rows, last_day);
  add_text (&page, facts_text, "Sans 11", GAP);

  add_chart (&page, _("Knee Pain"), chart, show_pain (chart, series));
  add_chart (&page, _("Work Done"), chart, patella_progress_show_work (chart, series));
  add_chart (&page, _("Sessions"), chart, patella_progress_show_adherence (chart, series));
  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    {
      const char *id = patella_catalogue_get_core_ids ()[e];
      PatellaExercise *exercise = patella_catalogue_lookup (patella_catalogue_get_default (), id);
      char *summary = patella_progress_show_exercise (chart, series, e);

      add_chart (&page, exercise != NULL ? patella_exercise_get_name (exercise) : id, chart,
                 summary);
    }
  add_chart (&page, _("Kujala Knee Questionnaire"), chart,
             patella_progress_show_kujala (chart, series));

  cairo_show_page (page.cr);
  cairo_destroy (page.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (holder));
  patella_chart_rows_clear (&rows);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
