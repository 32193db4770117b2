/* test-contrast.c: every text on Today, the diary, the entry dialog and the questionnaire is readable
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The screens are drawn with the app's stylesheet over libadwaita's, in
 * light and in dark, and each visible label's pixels are read back: the
 * label's background is its most common colour, its text colour the pixel
 * that stands out most from it. WCAG 2 asks 4.5:1 for text and 3:1 for
 * large text (title styles here). Reading pixels, not parsing CSS, also
 * catches opacity, a dimmed parent, or a card colour that changes.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "patella-diary-page.h"
#include "patella-kujala-window.h"
#include "patella-monotonic-clock.h"
#include "patella-pain-entry-dialog.h"
#include "patella-today-page.h"
#include "patella-warning-signs.h"
#include "store-test-util.h"

#define SPIN_UNTIL(cond)                                                  \
  G_STMT_START {                                                          \
    gint64 spin_end_ = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;     \
    while (!(cond))                                                       \
      {                                                                   \
        g_assert_cmpint (g_get_monotonic_time (), <, spin_end_);          \
        if (!g_main_context_iteration (NULL, FALSE))                      \
          g_usleep (2000);                                                \
      }                                                                   \
  } G_STMT_END

static void
spin_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64) msec * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static double
channel (guint8 c)
{
  double v = c / 255.0;

  return v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
}

static double
luminance (guint32 pixel)
{
  return 0.2126 * channel ((pixel >> 16) & 0xff)
       + 0.7152 * channel ((pixel >> 8) & 0xff)
       + 0.0722 * channel (pixel & 0xff);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

typedef struct
{
  guchar *pixels;
  gsize   stride;
  int     width;
  int     height;
} Shot;

static void
shot_clear (Shot *shot)
{
  g_clear_pointer (&shot->pixels, g_free);
}

/* The window as it is on screen, through its own renderer. */
static void
take_shot (GtkWindow *window,
           Shot      *shot)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  shot->width = gtk_widget_get_width (GTK_WIDGET (window));
  shot->height = gtk_widget_get_height (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, snapshot, shot->width, shot->height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, shot->width, shot->height));
  shot->width = gdk_texture_get_width (texture);
  shot->height = gdk_texture_get_height (texture);
  shot->stride = (gsize) shot->width * 4;
  shot->pixels = g_malloc (shot->stride * shot->height);
  gdk_texture_download (texture, shot->pixels, shot->stride);
}

static guint32
pixel_at (const Shot *shot,
          int         x,
          int         y)
{
  return *(const guint32 *) (shot->pixels + (gsize) y * shot->stride + (gsize) x * 4) & 0xffffff;
}

static gboolean
is_large (GtkWidget *label)
{
  return gtk_widget_has_css_class (label, "title-1")
    || gtk_widget_has_css_class (label, "title-2")
    || gtk_widget_has_css_class (label, "title-3")
    || gtk_widget_has_css_class (label, "large-title");
}

/* The contrast of one label as drawn; 1 when it has no text pixels, -1
 * when it is not (wholly) on screen. */
static double
label_contrast (const Shot *shot,
                GtkWindow  *window,
                GtkWidget  *label)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t bounds;
  guint32 background = 0;
  guint best_count = 0;
  double best = 0;
  GHashTableIter iter;
  gpointer key, value;
  int x0, y0, x1, y1;

  if (!gtk_widget_compute_bounds (label, GTK_WIDGET (window), &bounds))
    return 0;
  /* Scrolled out of sight, wholly or partly: not measured here. */
  for (GtkWidget *w = gtk_widget_get_parent (label); w != NULL; w = gtk_widget_get_parent (w))
    {
      graphene_rect_t clip;

      if (!GTK_IS_SCROLLED_WINDOW (w) && !GTK_IS_VIEWPORT (w) && !GTK_IS_WINDOW (w))
        continue;
      if (!gtk_widget_compute_bounds (w, GTK_WIDGET (window), &clip)
          || !graphene_rect_contains_rect (&clip, &bounds))
        return -1;
    }
  x0 = MAX (0, (int) floorf (bounds.origin.x));
  y0 = MAX (0, (int) floorf (bounds.origin.y));
  x1 = MIN (shot->width, (int) ceilf (bounds.origin.x + bounds.size.width));
  y1 = MIN (shot->height, (int) ceilf (bounds.origin.y + bounds.size.height));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        gpointer k = GUINT_TO_POINTER (pixel_at (shot, x, y));

        g_hash_table_insert (counts, k,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, k)) + 1));
      }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best_count)
      {
        best_count = GPOINTER_TO_UINT (value);
        background = GPOINTER_TO_UINT (key);
      }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    best = MAX (best, contrast (GPOINTER_TO_UINT (key), background));

  return MAX (best, 1.0);
}

/* Every visible, sensitive label with text in @window; returns how many
 * were measured. A disabled control's text is exempt, as WCAG says. */
static guint
check_labels (const Shot *shot,
              GtkWindow  *window,
              GtkWidget  *widget,
              const char *where,
              GString    *failures)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return 0;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      double ratio = label_contrast (shot, window, widget);
      double needed = is_large (widget) ? 3.0 : 4.5;

      if (ratio < 0)
        return 0;
      g_test_message ("%s: %.2f:1 \"%s\"", where, ratio, gtk_label_get_text (GTK_LABEL (widget)));
      if (ratio < needed)
        g_string_append_printf (failures, "%s: %.2f:1 (needs %.1f) \"%s\"\n", where, ratio,
                                needed, gtk_label_get_text (GTK_LABEL (widget)));
      n++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += check_labels (shot, window, child, where, failures);

  return n;
}

static void
check_window (GtkWindow  *window,
              const char *where,
              GString    *failures)
{
  Shot shot = { 0 };
  guint n;

  gtk_window_present (window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Transitions (the stack's crossfade) end before the shot. */
  spin_for (400);
  take_shot (window, &shot);
  n = check_labels (&shot, window, GTK_WIDGET (window), where, failures);
  shot_clear (&shot);
  g_assert_cmpuint (n, >, 5);
}

typedef struct
{
  char         *dir;
  PatellaStore *store;
  PatellaToday *today;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PatellaClock) clock = patella_monotonic_clock_new ();
  g_autoptr(PatellaPainEntry) entry = NULL;
  char yesterday[PATELLA_LOCAL_DAY_LEN + 1];

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  f->today = patella_today_new (clock);

  /* Today logged with contexts, a sign and a note, so every line of the
   * card, the banner and the diary row is drawn. */
  entry = patella_pain_entry_new (patella_today_get_day (f->today), 2, 5);
  entry->contexts = PATELLA_PAIN_CONTEXT_RUNNING | PATELLA_PAIN_CONTEXT_STAIRS;
  entry->signs = PATELLA_WARNING_SIGN_SWELLING;
  patella_pain_entry_set_note (entry, "Long run on hills");
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_clear_pointer (&entry, patella_pain_entry_free);
  patella_local_day_add_days (patella_today_get_day (f->today), -1, yesterday);
  entry = patella_pain_entry_new (yesterday, 1, 3);
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->today);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
check_screens (Fixture    *f,
               const char *scheme,
               GString    *failures)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *today = g_object_new (PATELLA_TYPE_TODAY_PAGE, "store", f->store,
                                   "today", f->today, NULL);
  GtkWidget *diary = g_object_new (PATELLA_TYPE_DIARY_PAGE, "store", f->store,
                                   "today", f->today, NULL);
  PatellaPainEntryDialog *dialog;
  PatellaKujalaWindow *kujala;
  g_autofree char *where = NULL;

  gtk_widget_set_hexpand (today, TRUE);
  gtk_widget_set_hexpand (diary, TRUE);
  gtk_box_append (GTK_BOX (box), today);
  gtk_box_append (GTK_BOX (box), diary);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (window, 1400, 1100);
  where = g_strdup_printf ("%s, Today and Diary", scheme);
  check_window (window, where, failures);

  /* A hint on the form: choosing a usual above the worst says why the
   * worst moved. */
  dialog = patella_pain_entry_dialog_new (window, f->store, f->today,
                                          patella_today_get_day (f->today));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 600, 1300);
  g_free (where);
  where = g_strdup_printf ("%s, Edit Entry", scheme);
  check_window (GTK_WINDOW (dialog), where, failures);
  gtk_window_destroy (GTK_WINDOW (dialog));

  kujala = patella_kujala_window_new (window, f->store, f->today);
  patella_kujala_window_set_answer (kujala, 0, 1);
  g_free (where);
  where = g_strdup_printf ("%s, Knee Questionnaire", scheme);
  check_window (GTK_WINDOW (kujala), where, failures);
  gtk_window_destroy (GTK_WINDOW (kujala));

  gtk_window_destroy (window);
  spin_for (50);
}

static void
test_contrast (Fixture       *f,
               gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GString) failures = g_string_new (NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  check_screens (f, "light", failures);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  check_screens (f, "dark", failures);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  if (failures->len > 0)
    g_error ("Text below the WCAG contrast minimum:\n%s", failures->str);
}

/* The measure itself, on colours whose ratios are known: libadwaita's dim
 * text (#8f8f8f) on white is 3.2:1, black on white 21:1. */
static void
test_ratio (void)
{
  g_assert_cmpfloat_with_epsilon (contrast (0x000000, 0xffffff), 21.0, 0.01);
  g_assert_cmpfloat_with_epsilon (contrast (0x8f8f8f, 0xffffff), 3.23, 0.01);
  g_assert_cmpfloat_with_epsilon (contrast (0x767676, 0xffffff), 4.54, 0.02);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  /* What AdwApplication does for the app: its resource stylesheet. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/contrast/ratio", test_ratio);
  g_test_add ("/contrast/screens", Fixture, NULL, fixture_set_up, test_contrast,
              fixture_tear_down);

  return g_test_run ();
}
