/* patella-progress-export.c: Progress's charts as PNG images and their data as CSV
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "patella-catalogue.h"
#include "patella-progress-export.h"

/**
 * patella_progress_export_png:
 * @chart: a filled chart
 * @width: its width in the image, in logical pixels
 * @height: its height
 * @path: the PNG file to write
 * @error: why it could not be written
 *
 * Draws @chart at twice its logical size (sharp on a high-resolution
 * screen or in a document) and writes it as a PNG.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
patella_progress_export_png (PatellaChart  *chart,
                             int            width,
                             int            height,
                             const char    *path,
                             GError       **error)
{
  g_autoptr(GskRenderNode) node = patella_chart_build_node (chart, width, height);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * 2,
                                                         height * 2);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  /* A white page: the chart itself is drawn on a transparent ground. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("The chart could not be saved as “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static void
append_number (GString *line,
               double   value)
{
  g_string_append_c (line, ',');
  if (!isnan (value))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      /* A dot, whatever the locale: other programs read it back. */
      g_string_append (line, g_ascii_formatd (buf, sizeof buf, "%.2f", value));
    }
}

/**
 * patella_progress_export_csv:
 * @series: what the charts show
 * @path: the CSV file to write (UTF-8, RFC 4180, one row a day)
 * @error: why it could not be written
 *
 * The data behind every chart, a row a day: pain, the rolling mean, pain
 * during exercise, a warning sign, the day's status, the work per core
 * exercise and its target, the Kujala score.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
patella_progress_export_csv (const PatellaChartSeries  *series,
                             const char                *path,
                             GError                   **error)
{
  /* In the order of PatellaDayStatus. */
  static const char * const statuses[] = {
    "outside", "rest", "done", "partial", "missed", "pending", "extra",
  };
  const char * const *ids = patella_catalogue_get_core_ids ();
  g_autoptr(GString) text = g_string_new ("day,usual,worst,mean_7_days,pain_during,"
                                          "warning_sign,status");

  for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
    g_string_append_printf (text, ",%s_work,%s_target", ids[e], ids[e]);
  g_string_append (text, ",kujala\r\n");

  for (guint i = 0; i < series->n_days; i++)
    {
      char day[PATELLA_LOCAL_DAY_LEN + 1];
      guint status = (guint) series->status[i];

      patella_local_day_from_julian (series->first + i, day);
      g_string_append (text, day);
      append_number (text, series->usual[i]);
      append_number (text, series->worst[i]);
      append_number (text, series->mean7[i]);
      append_number (text, series->during[i]);
      g_string_append (text, series->warning[i] ? ",1" : ",0");
      g_string_append_printf (text, ",%s", status < G_N_ELEMENTS (statuses) ? statuses[status]
                                                                              : "none");
      for (guint e = 0; e < PATELLA_CHART_N_EXERCISES; e++)
        {
          append_number (text, series->work[e][i]);
          append_number (text, series->target[e][i]);
        }
      append_number (text, series->kujala[i]);
      g_string_append (text, "\r\n");
    }

  return g_file_set_contents (path, text->str, text->len, error);
}
