/* test-pain-card.c: logging pain by keyboard, the diary list, undo, warning signs, Kujala
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "patella-application.h"
#include "patella-diary-page.h"
#include "patella-diary-row.h"
#include "patella-kujala.h"
#include "patella-kujala-row.h"
#include "patella-kujala-window.h"
#include "patella-fake-clock.h"
#include "patella-first-run-window.h"
#include "patella-monotonic-clock.h"
#include "patella-pain-card.h"
#include "patella-day-label.h"
#include "patella-pain-entry-dialog.h"
#include "patella-pain-prompt.h"
#include "patella-today-page.h"
#include "patella-warning-banner.h"
#include "patella-warning-confirm.h"
#include "patella-warning-signs.h"
#include "shortcut-test-util.h"
#include "store-test-util.h"

/* Spins the main loop until cond holds, failing after 5 s. */
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

typedef struct
{
  char         *dir;
  PatellaStore *store;
  GtkWindow    *window;
  GtkBox       *box;
  /* The real clock: the store stamps entries with it too. */
  PatellaToday *today_source;
  char          today[PATELLA_LOCAL_DAY_LEN + 1];
} Fixture;

static void
spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  GtkWidget *scroller;

  f->dir = test_make_tmp_dir ();
  path = g_build_filename (f->dir, "patella.db", NULL);
  f->store = patella_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(PatellaClock) clock = patella_monotonic_clock_new ();

    f->today_source = patella_today_new (clock);
  }
  g_strlcpy (f->today, patella_today_get_day (f->today_source), sizeof f->today);

  /* Like the main window: everything inside a toast overlay. */
  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 800, 900);
  overlay = adw_toast_overlay_new ();
  scroller = gtk_scrolled_window_new ();
  f->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->box));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scroller);
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin_idle ();
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->today_source);
  test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
present (Fixture *f)
{
  gtk_window_present (f->window);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  spin_idle ();
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

/* The nth widget of a type, depth first. */
static GtkWidget *
find_type (GtkWidget *widget,
           GType      type,
           guint      nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_type (widget, type, found);
  return nth < found->len ? g_ptr_array_index (found, nth) : NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    exact)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget))
    {
      const char *label = gtk_label_get_label (GTK_LABEL (widget));

      if (exact ? g_str_equal (label, text) : strstr (label, text) != NULL)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text, exact))
      return TRUE;

  return FALSE;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return find_label (widget, text, FALSE);
}

/* Tab, as the keyboard does it. */
static void
press_tab (GtkWindow *window)
{
  if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
    {
      /* Wrapped past the end: start again from the top. */
      gtk_window_set_focus (window, NULL);
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
    }
  spin_idle ();
}

/* A key press delivered like GTK does in the bubble phase: to the key
 * controllers of the focus widget, then of each ancestor. */
static gboolean
press_key (GtkWindow *window,
           guint      keyval)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (window)); w != NULL;
       w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (c)
              || gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_BUBBLE)
            continue;

          g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            {
              spin_idle ();
              return TRUE;
            }
        }
    }

  return FALSE;
}

static void
tab_into (GtkWindow *window,
          GtkWidget *target)
{
  for (guint i = 0; i < 100; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target)))
        return;
      press_tab (window);
    }

  g_assert_not_reached ();
}

static PatellaPainEntry *
stored (Fixture    *f,
        const char *day)
{
  g_autoptr(GError) error = NULL;
  PatellaPainEntry *entry = patella_store_get_pain (f->store, day, &error);

  g_assert_no_error (error);
  return entry;
}

static void
save_entry (Fixture            *f,
            int                 days_ago,
            int                 usual,
            int                 worst,
            PatellaWarningSign  signs)
{
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  char day[11];

  patella_local_day_add_days (f->today, -days_ago, day);
  entry = patella_pain_entry_new (day, usual, worst);
  entry->signs = signs;
  g_assert_true (patella_store_save_pain (f->store, entry, NULL, &error));
  g_assert_no_error (error);
}

static AdwMessageDialog *find_message_dialog (void);

static PatellaDiaryRow *
diary_row_for (GtkWidget  *page,
               const char *day)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *row = find_type (page, PATELLA_TYPE_DIARY_ROW, i);
      PatellaPainItem *item;

      if (row == NULL)
        return NULL;
      item = patella_diary_row_get_item (PATELLA_DIARY_ROW (row));
      if (item != NULL && g_str_equal (patella_pain_item_get_day (item), day))
        return PATELLA_DIARY_ROW (row);
    }
}

static PatellaPainEntryDialog *
open_card_editor (Fixture         *f,
                  PatellaPainCard *card)
{
  GtkWindow *dialog = patella_pain_card_open_editor (card);

  g_assert_true (PATELLA_IS_PAIN_ENTRY_DIALOG (dialog));
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  spin_idle ();
  return PATELLA_PAIN_ENTRY_DIALOG (dialog);
}

static void
test_log_today_by_keyboard (Fixture       *f,
                            gconstpointer  data)
{
  PatellaPainCard *card = patella_pain_card_new (f->store, f->today_source);
  GtkWidget *diary = g_object_new (PATELLA_TYPE_DIARY_PAGE, "store", f->store,
                                   "today", f->today_source, NULL);
  g_autoptr(PatellaPainEntry) entry = NULL;
  PatellaPainEntryDialog *dialog;
  GtkWindow *window;
  PatellaDiaryRow *row;
  GtkWidget *button;
  GtkWidget *usual;
  GtkWidget *worst;
  GtkWidget *save;

  gtk_widget_set_size_request (diary, -1, 400);
  gtk_box_append (f->box, GTK_WIDGET (card));
  gtk_box_append (f->box, diary);
  present (f);

  g_assert_cmpstr (patella_pain_card_get_day (card), ==, f->today);
  g_assert_null (stored (f, f->today));
  g_assert_true (has_label (GTK_WIDGET (card), "Not logged yet"));
  /* The card itself has no scales: it shows, the dialog edits. */
  g_assert_null (find_type (GTK_WIDGET (card), PATELLA_TYPE_PAIN_PROMPT, 0));
  button = find_button (GTK_WIDGET (card), "_Log Pain…");
  g_assert_nonnull (button);

  /* Tab to Log Pain and press it: the dialog opens on today, focus on
   * the usual scale. */
  tab_into (f->window, button);
  patella_pain_card_focus (card);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == button);
  dialog = open_card_editor (f, card);
  window = GTK_WINDOW (dialog);
  g_assert_cmpstr (patella_pain_entry_dialog_get_day (dialog), ==, f->today);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Log Pain");
  usual = find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 0);
  worst = find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), usual));
  save = find_button (GTK_WIDGET (dialog), "_Save");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* Type 3: nothing is saved, and worst is not filled in behind the user's
   * back; the typed number takes the focus, so a screen reader says it. */
  g_assert_true (press_key (window, GDK_KEY_3));
  g_assert_null (stored (f, f->today));
  g_assert_cmpint (patella_pain_prompt_get_value (PATELLA_PAIN_PROMPT (worst)), ==,
                   PATELLA_PAIN_PROMPT_NO_VALUE);
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_root_get_focus (GTK_ROOT (window)))),
                   ==, "3");

  /* Tab on to the worst scale and type 5 on the keypad, then Save. */
  tab_into (window, worst);
  g_assert_true (press_key (window, GDK_KEY_KP_5));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_null (stored (f, f->today));
  g_signal_emit_by_name (save, "clicked");
  spin_idle ();

  entry = stored (f, f->today);
  g_assert_nonnull (entry);
  g_assert_cmpint (entry->usual, ==, 3);
  g_assert_cmpint (entry->worst, ==, 5);

  /* The card shows it, with the time, and no toast covers it. */
  g_assert_true (has_label (GTK_WIDGET (card), "Usual pain 3, worst pain 5"));
  g_assert_false (find_label (GTK_WIDGET (f->window), "Saved", TRUE));
  /* Hours and minutes only, on the C locale's 24-hour clock. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) before = g_date_time_add_minutes (now, -1);
    g_autofree char *now_text = g_date_time_format (now, "Saved at %H:%M");
    g_autofree char *before_text = g_date_time_format (before, "Saved at %H:%M");

    g_assert_true (find_label (GTK_WIDGET (card), now_text, TRUE)
                   || find_label (GTK_WIDGET (card), before_text, TRUE));
  }
  g_assert_nonnull (find_button (GTK_WIDGET (card), "_Edit…"));

  /* The diary lists it, with both scores. */
  SPIN_UNTIL ((row = diary_row_for (diary, f->today)) != NULL);
  g_assert_true (has_label (GTK_WIDGET (row), "Today"));
  g_assert_true (find_label (GTK_WIDGET (row), "3", TRUE));
  g_assert_true (find_label (GTK_WIDGET (row), "5", TRUE));

  /* Still one entry a day in the store. */
  {
    g_autoptr(GPtrArray) all = patella_store_list_pain (f->store, NULL);
    g_assert_cmpuint (all->len, ==, 1);
  }
}

static void
test_worst_never_below_usual (Fixture       *f,
                              gconstpointer  data)
{
  PatellaPainCard *card = patella_pain_card_new (f->store, f->today_source);
  PatellaPainEntryDialog *dialog;
  PatellaPainPrompt *usual;
  PatellaPainPrompt *worst;
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  gtk_box_append (f->box, GTK_WIDGET (card));
  present (f);
  dialog = open_card_editor (f, card);
  usual = PATELLA_PAIN_PROMPT (find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 0));
  worst = PATELLA_PAIN_PROMPT (find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 1));

  /* Worst first: usual stays unchosen. */
  g_assert_true (patella_pain_prompt_type_digit (worst, 4));
  g_assert_cmpint (patella_pain_prompt_get_value (usual), ==, PATELLA_PAIN_PROMPT_NO_VALUE);

  /* Usual above worst raises worst, and says so. */
  g_assert_true (patella_pain_prompt_type_digit (usual, 6));
  g_assert_cmpint (patella_pain_prompt_get_value (worst), ==, 6);
  g_assert_true (has_label (GTK_WIDGET (dialog), "Worst pain raised to 6"));

  /* Worst below usual lowers usual. */
  g_assert_true (patella_pain_prompt_type_digit (worst, 2));
  g_assert_cmpint (patella_pain_prompt_get_value (usual), ==, 2);
  g_assert_true (has_label (GTK_WIDGET (dialog), "Usual pain lowered to 2"));

  g_assert_null (stored (f, f->today));
  g_assert_true (patella_pain_entry_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  entry = stored (f, f->today);
  g_assert_cmpint (entry->usual, ==, 2);
  g_assert_cmpint (entry->worst, ==, 2);
}

static void
test_same_day_edits (Fixture       *f,
                     gconstpointer  data)
{
  PatellaPainCard *card;
  PatellaPainEntryDialog *dialog;
  AdwMessageDialog *ask;
  g_autoptr(PatellaPainEntry) first = NULL;
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *check;
  GtkWidget *toggle;

  save_entry (f, 0, 1, 2, 0);
  first = stored (f, f->today);

  /* A new card shows the day's entry; its dialog edits it. */
  card = patella_pain_card_new (f->store, f->today_source);
  gtk_box_append (f->box, GTK_WIDGET (card));
  present (f);
  g_assert_true (has_label (GTK_WIDGET (card), "Usual pain 1, worst pain 2"));
  dialog = open_card_editor (f, card);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Entry");
  /* Deleting is the diary's, with its Undo. */
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (dialog), "_Delete Entry")));
  g_assert_cmpint (patella_pain_prompt_get_value (PATELLA_PAIN_PROMPT (
    find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 1))), ==, 2);
  g_assert_false (patella_pain_entry_dialog_has_changes (dialog));

  /* Tick "Stairs" and the first warning sign: nothing is saved yet. */
  toggle = find_button (GTK_WIDGET (dialog), "Stairs");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  check = find_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  spin_idle ();
  g_assert_true (patella_pain_entry_dialog_has_changes (dialog));
  /* A chip is a check box to a screen reader, ticked or not; a warning
   * sign's row is no Tab stop of its own, its check box is. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_ROLE_CHECKBOX);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_CHECKED, TRUE);
  g_assert_false (gtk_widget_get_focusable (gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW)));
  g_assert_true (gtk_widget_get_focusable (check));
  entry = stored (f, f->today);
  g_assert_true (patella_pain_entry_equal (entry, first));
  g_clear_pointer (&entry, patella_pain_entry_free);

  /* Closing with changes asks; Keep Editing keeps the dialog and its edits. */
  gtk_window_close (GTK_WINDOW (dialog));
  SPIN_UNTIL ((ask = find_message_dialog ()) != NULL);
  adw_message_dialog_response (ask, "keep");
  spin_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  g_assert_true (patella_pain_entry_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_close (GTK_WINDOW (dialog));
  spin_idle ();
  g_assert_null (find_message_dialog ());

  entry = stored (f, f->today);
  g_assert_cmpuint (entry->contexts, ==, PATELLA_PAIN_CONTEXT_STAIRS);
  g_assert_cmpuint (entry->signs, ==, PATELLA_WARNING_SIGNS[0]);
  g_assert_cmpint (entry->recorded_us, ==, first->recorded_us);
  g_assert_true (has_label (GTK_WIDGET (card), "When: Stairs"));
  g_assert_true (has_label (GTK_WIDGET (card), "Warning signs:"));

  all = patella_store_list_pain (f->store, NULL);
  g_assert_cmpuint (all->len, ==, 1);

  /* Changes then Discard: the dialog goes, the store keeps what it had. */
  dialog = open_card_editor (f, card);
  toggle = find_button (GTK_WIDGET (dialog), "Running");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  gtk_window_close (GTK_WINDOW (dialog));
  SPIN_UNTIL ((ask = find_message_dialog ()) != NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  adw_message_dialog_response (ask, "discard");
  SPIN_UNTIL (dialog == NULL);
  g_clear_pointer (&entry, patella_pain_entry_free);
  entry = stored (f, f->today);
  g_assert_cmpuint (entry->contexts, ==, PATELLA_PAIN_CONTEXT_STAIRS);
}

/* The diary page with today, yesterday and the day before, on screen. */
static GtkWidget *
show_diary_of_three_days (Fixture *f)
{
  GtkWidget *diary = g_object_new (PATELLA_TYPE_DIARY_PAGE, "store", f->store,
                                   "today", f->today_source, NULL);

  for (int i = 0; i < 3; i++)
    save_entry (f, i, i, i + 2, 0);
  gtk_widget_set_size_request (diary, -1, 600);
  gtk_box_append (f->box, diary);
  present (f);
  g_assert_true (has_label (diary, "3 days logged"));

  return diary;
}

static void
test_undo_delete (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *diary = show_diary_of_three_days (f);
  g_autoptr(PatellaPainEntry) before = NULL;
  g_autoptr(PatellaPainEntry) after = NULL;
  PatellaDiaryRow *row;
  GtkWidget *delete_button;
  GtkWidget *undo;
  char day[11];

  patella_local_day_add_days (f->today, -1, day);
  before = stored (f, day);

  SPIN_UNTIL ((row = diary_row_for (diary, day)) != NULL);
  g_assert_true (has_label (GTK_WIDGET (row), "Yesterday"));
  delete_button = find_button (GTK_WIDGET (row), NULL);
  g_assert_nonnull (delete_button);
  g_signal_emit_by_name (delete_button, "clicked");
  spin_idle ();

  g_assert_null (stored (f, day));
  SPIN_UNTIL (has_label (diary, "2 days logged"));
  g_assert_null (diary_row_for (diary, day));

  /* The toast says which day went, and offers Undo. */
  SPIN_UNTIL (has_label (GTK_WIDGET (f->window), "Yesterday: entry deleted"));
  undo = find_button (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  spin_idle ();

  after = stored (f, day);
  g_assert_nonnull (after);
  g_assert_true (patella_pain_entry_equal (before, after));
  SPIN_UNTIL (has_label (diary, "3 days logged"));
  SPIN_UNTIL (diary_row_for (diary, day) != NULL);
}

/* From the keyboard alone: Delete on the focused day, Ctrl+Z to undo it,
 * and a second Ctrl+Z has nothing left to undo. */
static void
test_delete_and_undo_by_keyboard (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *diary = show_diary_of_three_days (f);
  g_autoptr(PatellaPainEntry) before = NULL;
  g_autoptr(PatellaPainEntry) after = NULL;
  PatellaDiaryRow *row;
  GtkWidget *item;
  char day[11];

  patella_local_day_add_days (f->today, -2, day);
  before = stored (f, day);

  SPIN_UNTIL ((row = diary_row_for (diary, day)) != NULL);
  item = gtk_widget_get_parent (GTK_WIDGET (row));
  g_assert_true (gtk_widget_grab_focus (item));
  g_assert_true (test_press_shortcut (gtk_root_get_focus (GTK_ROOT (f->window)),
                                      GDK_KEY_Delete, 0));
  spin_idle ();
  g_assert_null (stored (f, day));
  SPIN_UNTIL (has_label (diary, "2 days logged"));

  g_assert_true (test_press_shortcut (gtk_root_get_focus (GTK_ROOT (f->window)),
                                      GDK_KEY_z, GDK_CONTROL_MASK));
  spin_idle ();
  after = stored (f, day);
  g_assert_nonnull (after);
  g_assert_true (patella_pain_entry_equal (before, after));
  SPIN_UNTIL (has_label (diary, "3 days logged"));

  g_assert_false (test_press_shortcut (GTK_WIDGET (diary), GDK_KEY_z, GDK_CONTROL_MASK));
}

/* Edit a day from its row and save: the focus comes back to that row,
 * not to the top of the window. */
static void
test_edit_returns_focus (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *diary = show_diary_of_three_days (f);
  g_autoptr(PatellaPainEntry) entry = NULL;
  PatellaDiaryRow *row;
  GtkWindow *dialog;
  GtkWidget *save;
  char day[11];

  patella_local_day_add_days (f->today, -1, day);
  SPIN_UNTIL ((row = diary_row_for (diary, day)) != NULL);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row))));

  dialog = patella_diary_page_open_entry (PATELLA_DIARY_PAGE (diary), day);
  SPIN_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (patella_pain_prompt_type_digit (PATELLA_PAIN_PROMPT (
    find_type (GTK_WIDGET (dialog), PATELLA_TYPE_PAIN_PROMPT, 1)), 9));
  save = find_button (GTK_WIDGET (dialog), "_Save");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate (save);
  SPIN_UNTIL (dialog == NULL);

  entry = stored (f, day);
  g_assert_cmpint (entry->worst, ==, 9);
  SPIN_UNTIL ((row = diary_row_for (diary, day)) != NULL
              && gtk_root_get_focus (GTK_ROOT (f->window)) != NULL
              && (gtk_root_get_focus (GTK_ROOT (f->window))
                  == gtk_widget_get_parent (GTK_WIDGET (row))));
  g_assert_true (find_label (GTK_WIDGET (row), "9", TRUE));
}

static void
test_past_day_dialog (Fixture       *f,
                      gconstpointer  data)
{
  PatellaPainEntryDialog *dialog;
  PatellaPainForm *form;
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before_month = NULL;
  g_autoptr(GDateTime) after_month = NULL;
  g_autofree char *day_words = NULL;
  g_autofree char *day_name = NULL;
  GtkWidget *day_button;
  GtkCalendar *calendar;
  char tomorrow[11];
  char past[11];
  char first_free[11];

  present (f);
  patella_local_day_add_days (f->today, 1, tomorrow);
  patella_local_day_add_days (f->today, -3, past);

  /* It starts on the latest day without an entry. */
  save_entry (f, 1, 1, 1, 0);
  dialog = patella_pain_entry_dialog_new (f->window, f->store, f->today_source, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_idle ();
  patella_local_day_add_days (f->today, -2, first_free);
  g_assert_cmpstr (patella_pain_entry_dialog_get_day (dialog), ==, first_free);

  /* No future days: the calendar goes back to the day, says the rule
   * under it, and leaves no message in the dialog. */
  day_button = find_type (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, 0);
  gtk_menu_button_popup (GTK_MENU_BUTTON (day_button));
  g_assert_true (has_label (GTK_WIDGET (dialog), "Days after today cannot be chosen."));
  g_assert_false (patella_pain_entry_dialog_pick_day (dialog, tomorrow));
  g_assert_cmpstr (patella_pain_entry_dialog_get_day (dialog), ==, first_free);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (day_button));
  spin_idle ();
  g_assert_false (has_label (GTK_WIDGET (dialog), "Days after today"));
  g_assert_false (has_label (GTK_WIDGET (dialog), "still to come"));
  gtk_menu_button_popup (GTK_MENU_BUTTON (day_button));

  /* The next-month arrow cannot show a month after this one. */
  calendar = GTK_CALENDAR (find_type (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR, 0));
  before_month = gtk_calendar_get_date (calendar);
  g_signal_emit_by_name (find_type (GTK_WIDGET (calendar), GTK_TYPE_BUTTON, 1), "clicked");
  after_month = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (after_month), ==,
                   g_date_time_get_month (before_month));
  g_assert_cmpstr (patella_pain_entry_dialog_get_day (dialog), ==, first_free);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (day_button));

  /* A screen reader hears the chosen day, not "GtkMenuButton". */
  day_name = g_strdup_printf ("Day: %s", day_words = patella_day_label (first_free, f->today));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (day_button),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, day_name);

  g_assert_true (patella_pain_entry_dialog_pick_day (dialog, past));
  form = patella_pain_entry_dialog_get_form (dialog);
  g_assert_false (patella_pain_entry_dialog_save (dialog, &error));
  g_clear_error (&error);

  g_assert_true (patella_pain_prompt_type_digit (PATELLA_PAIN_PROMPT (
    find_type (GTK_WIDGET (form), PATELLA_TYPE_PAIN_PROMPT, 0)), 2));
  g_assert_true (patella_pain_prompt_type_digit (PATELLA_PAIN_PROMPT (
    find_type (GTK_WIDGET (form), PATELLA_TYPE_PAIN_PROMPT, 1)), 7));
  g_assert_true (patella_pain_entry_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  entry = stored (f, past);
  g_assert_cmpint (entry->usual, ==, 2);
  g_assert_cmpint (entry->worst, ==, 7);

  /* Picking a day that has an entry loads it for editing. */
  dialog = patella_pain_entry_dialog_new (f->window, f->store, f->today_source, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (patella_pain_entry_dialog_pick_day (dialog, past));
  g_assert_cmpint (patella_pain_form_get_worst (patella_pain_entry_dialog_get_form (dialog)),
                   ==, 7);
  g_assert_true (has_label (GTK_WIDGET (dialog), "already has an entry"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GDateTime *
local_noon (const char *today,
            int         days_later)
{
  char day[11];
  GDate date;

  patella_local_day_add_days (today, days_later, day);
  g_date_clear (&date, 1);
  g_assert_true (patella_local_day_to_date (day, &date));
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
}

static void
test_banner_stands_seven_days (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(PatellaFakeClock) clock = patella_fake_clock_new (0, g_get_real_time ());
  g_autoptr(PatellaToday) banner_today = patella_today_new (PATELLA_CLOCK (clock));
  PatellaWarningBanner *banner = patella_warning_banner_new (f->store, banner_today);
  PatellaPainCard *card = patella_pain_card_new (f->store, f->today_source);
  g_autoptr(GDateTime) day6 = local_noon (f->today, 6);
  g_autoptr(GDateTime) day7 = local_noon (f->today, 7);
  GtkWidget *swelling = NULL;

  gtk_box_append (f->box, GTK_WIDGET (banner));
  gtk_box_append (f->box, GTK_WIDGET (card));
  present (f);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));

  /* Swelling saved from today's card raises the banner at once. */
  {
    PatellaPainEntryDialog *dialog = open_card_editor (f, card);
    GtkWidget *form = GTK_WIDGET (patella_pain_entry_dialog_get_form (dialog));
    g_autoptr(GError) error = NULL;

    g_assert_true (patella_pain_prompt_type_digit (PATELLA_PAIN_PROMPT (
      find_type (form, PATELLA_TYPE_PAIN_PROMPT, 0)), 2));
    g_assert_true (patella_pain_prompt_type_digit (PATELLA_PAIN_PROMPT (
      find_type (form, PATELLA_TYPE_PAIN_PROMPT, 1)), 2));
    for (guint i = 0; i < G_N_ELEMENTS (PATELLA_WARNING_SIGNS); i++)
      if (PATELLA_WARNING_SIGNS[i] == PATELLA_WARNING_SIGN_SWELLING)
        swelling = find_type (form, GTK_TYPE_CHECK_BUTTON, i);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (swelling), TRUE);
    spin_idle ();
    /* Not before Save: nothing moves under the pointer while ticking. */
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
    g_assert_true (patella_pain_entry_dialog_save (dialog, &error));
    g_assert_no_error (error);
    gtk_window_destroy (GTK_WINDOW (dialog));
    spin_idle ();
  }

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_cmpuint (patella_warning_banner_get_signs (banner), ==, PATELLA_WARNING_SIGN_SWELLING);
  g_assert_nonnull (strstr (patella_warning_banner_get_advice (banner),
                            "physical therapist or a doctor"));
  g_assert_nonnull (strstr (patella_warning_banner_get_advice (banner),
                            "ice on it for 10 to 20 minutes, 2 to 3 times a day"));

  /* Six days on it still stands; on the seventh it is gone. */
  patella_fake_clock_set_wall_usec (clock, g_date_time_to_unix (day6) * G_USEC_PER_SEC);
  patella_today_refresh (banner_today);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  patella_fake_clock_set_wall_usec (clock, g_date_time_to_unix (day7) * G_USEC_PER_SEC);
  patella_today_refresh (banner_today);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_cmpuint (patella_warning_banner_get_signs (banner), ==, 0);

  /* Unticking it on the day clears it too. */
  patella_fake_clock_set_wall_usec (clock, g_get_real_time ());
  patella_today_refresh (banner_today);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  {
    PatellaPainEntryDialog *dialog = open_card_editor (f, card);
    GtkWidget *form = GTK_WIDGET (patella_pain_entry_dialog_get_form (dialog));
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (PATELLA_WARNING_SIGNS); i++)
      if (PATELLA_WARNING_SIGNS[i] == PATELLA_WARNING_SIGN_SWELLING)
        swelling = find_type (form, GTK_TYPE_CHECK_BUTTON, i);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (swelling), FALSE);
    g_assert_true (patella_pain_entry_dialog_save (dialog, &error));
    g_assert_no_error (error);
    gtk_window_destroy (GTK_WINDOW (dialog));
    spin_idle ();
  }
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
}

static void
confirm_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  int *outcome = user_data;
  g_autoptr(GError) error = NULL;
  gboolean go = patella_warning_confirm_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    *outcome = 3;
  else
    {
      g_assert_no_error (error);
      *outcome = go ? 1 : 2;
    }
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return ADW_MESSAGE_DIALOG (w);
    }

  return NULL;
}

static void
test_session_confirm (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDateTime) now = patella_today_dup_now (f->today_source);
  AdwMessageDialog *dialog;
  int outcome = 0;

  present (f);

  /* Nothing logged, or a sign 7 days ago: go ahead, no question. */
  save_entry (f, 7, 2, 3, PATELLA_WARNING_SIGN_GIVING_WAY);
  patella_warning_confirm_async (f->window, f->store, now, NULL, confirm_done_cb, &outcome);
  SPIN_UNTIL (outcome != 0);
  g_assert_cmpint (outcome, ==, 1);
  g_assert_null (find_message_dialog ());

  /* A sign three days ago: the user is asked. */
  save_entry (f, 3, 2, 3, PATELLA_WARNING_SIGN_PAINFUL_POP);
  outcome = 0;
  patella_warning_confirm_async (f->window, f->store, now, NULL, confirm_done_cb, &outcome);
  SPIN_UNTIL ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpint (outcome, ==, 0);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "A painful pop or crack"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  /* Answered with its buttons, as the user would. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Not Now"), "clicked");
  SPIN_UNTIL (outcome != 0);
  g_assert_cmpint (outcome, ==, 2);
  SPIN_UNTIL (find_message_dialog () == NULL);

  outcome = 0;
  patella_warning_confirm_async (f->window, f->store, now, NULL, confirm_done_cb, &outcome);
  SPIN_UNTIL ((dialog = find_message_dialog ()) != NULL);
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "It Has Been _Checked"), "clicked");
  SPIN_UNTIL (outcome != 0);
  g_assert_cmpint (outcome, ==, 1);
  SPIN_UNTIL (find_message_dialog () == NULL);

  /* Cancelling closes the question and says so. */
  outcome = 0;
  patella_warning_confirm_async (f->window, f->store, now, cancellable, confirm_done_cb,
                                 &outcome);
  SPIN_UNTIL (find_message_dialog () != NULL);
  g_cancellable_cancel (cancellable);
  SPIN_UNTIL (outcome != 0);
  g_assert_cmpint (outcome, ==, 3);
  SPIN_UNTIL (find_message_dialog () == NULL);
}

static void
saved_cb (PatellaKujalaWindow *window,
          int                  score,
          int                 *saved)
{
  *saved = score;
}

/* The row compares the latest score with the first by day, whatever
 * order the answers were saved in. */
static void
test_kujala_row_summary (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = patella_today_dup_now (f->today_source);
  const char *days[] = { "2020-01-01", "2020-02-01", "2019-12-01" };
  int scores[] = { 40, 55, 45 };
  PatellaKujalaRow *row;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_assert_true (patella_store_save_questionnaire (f->store, PATELLA_QUESTIONNAIRE_KUJALA,
                                                     days[i], "1,1,1,2,2,3,1,2,2,1,0,1,0",
                                                     scores[i], now, NULL));
  row = patella_kujala_row_new (f->store, f->today_source);
  gtk_box_append (f->box, GTK_WIDGET (row));
  present (f);
  g_assert_true (patella_kujala_row_get_due (row));
  g_assert_true (has_label (GTK_WIDGET (row), "Last score 55, +10 since the first"));
}

static void
test_kujala_form (Fixture       *f,
                  gconstpointer  data)
{
  PatellaKujalaRow *row = patella_kujala_row_new (f->store, f->today_source);
  PatellaKujalaWindow *window;
  g_autoptr(GPtrArray) taken = NULL;
  GtkWidget *score_button;
  int saved_score = -1;
  guint check = 0;

  gtk_box_append (f->box, GTK_WIDGET (row));
  present (f);
  g_assert_true (patella_kujala_row_get_due (row));

  window = PATELLA_KUJALA_WINDOW (patella_kujala_row_open (row));
  g_signal_connect (window, "saved", G_CALLBACK (saved_cb), &saved_score);
  spin_idle ();
  score_button = find_button (GTK_WIDGET (window), "_See Score");
  g_assert_false (gtk_widget_get_sensitive (score_button));

  g_assert_true (has_label (GTK_WIDGET (window), "0 of 13 answered"));
  g_assert_false (has_label (GTK_WIDGET (window), "not answered yet"));

  /* Answer through the check buttons: the second choice of each question,
   * question 7 last. */
  {
    guint first_check[PATELLA_KUJALA_N_QUESTIONS];
    GtkWidget *go;
    GtkWidget *seventh;

    for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
      {
        first_check[q] = check;
        check += patella_kujala_question_get_n_choices (q);
      }
    for (guint q = 0; q < PATELLA_KUJALA_N_QUESTIONS; q++)
      {
        GtkWidget *second;

        if (q == 6)
          continue;
        second = find_type (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, first_check[q] + 1);
        gtk_check_button_set_active (GTK_CHECK_BUTTON (second), TRUE);
        g_assert_cmpint (patella_kujala_window_get_answer (window, q), ==, 1);
        g_assert_false (gtk_widget_get_sensitive (score_button));
        if (q == 1)
          g_assert_true (has_label (GTK_WIDGET (window),
                                    "11 questions are not answered yet, the first is question 3."));
      }

    /* 12 of 13: the form says which one is left, and See Score why it waits. */
    g_assert_true (has_label (GTK_WIDGET (window), "Question 7 is not answered yet."));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (score_button), ==,
                     "Answer all 13 questions first: 1 is left");
    go = find_button (GTK_WIDGET (window), "_Go to Question 7");
    g_assert_nonnull (go);
    g_signal_emit_by_name (go, "clicked");
    seventh = find_type (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, first_check[6]);
    g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == seventh);

    gtk_check_button_set_active (GTK_CHECK_BUTTON (
      find_type (GTK_WIDGET (window), GTK_TYPE_CHECK_BUTTON, first_check[6] + 1)), TRUE);
    g_assert_true (gtk_widget_get_sensitive (score_button));
    g_assert_false (has_label (GTK_WIDGET (window), "not answered yet"));
    g_assert_cmpint (patella_kujala_window_show_unanswered (window), ==, -1);
  }

  g_signal_emit_by_name (score_button, "clicked");
  spin_idle ();

  /* 3+3+3+8+4+8+7+8+8+8+6+3+3 */
  g_assert_cmpint (patella_kujala_window_get_score (window), ==, 72);
  g_assert_cmpint (saved_score, ==, 72);
  g_assert_true (has_label (GTK_WIDGET (window), "72 out of 100"));
  g_assert_true (has_label (GTK_WIDGET (window), "first score"));
  /* The source is a footnote, not a citation mid-sentence. */
  g_assert_false (has_label (GTK_WIDGET (window), "et al."));
  g_assert_true (has_label (GTK_WIDGET (window), "Crossley and others, 2004"));

  taken = patella_store_list_questionnaires (f->store, PATELLA_QUESTIONNAIRE_KUJALA, NULL);
  g_assert_cmpuint (taken->len, ==, 1);
  g_assert_cmpint (((PatellaStoreQuestionnaire *) taken->pdata[0])->score, ==, 72);
  g_assert_cmpstr (((PatellaStoreQuestionnaire *) taken->pdata[0])->day, ==, f->today);

  /* Today no longer asks for one. */
  SPIN_UNTIL (!patella_kujala_row_get_due (row));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
visible_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }

  return NULL;
}

/* The real app: the Today page finds the app's store by itself, and the
 * first-run assistant shows once. */
static void
test_app_today_and_first_run (void)
{
  g_autofree char *dir = test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(PatellaApplication) app = NULL;
  GSettings *settings;
  GtkWindow *window;
  GtkWindow *assistant;
  GtkWidget *today;
  GtkWidget *card;
  GtkWindow *w;

  app = patella_application_new ("io.github.patella.Patella.Test", G_APPLICATION_NON_UNIQUE);
  g_object_set (app, "database-path", path, NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  settings = patella_application_get_settings (app);
  g_settings_reset (settings, "first-run-done");

  g_application_activate (G_APPLICATION (app));
  SPIN_UNTIL ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL);
  SPIN_UNTIL ((assistant = visible_toplevel (PATELLA_TYPE_FIRST_RUN_WINDOW)) != NULL);
  g_assert_cmpstr (patella_first_run_window_get_page (PATELLA_FIRST_RUN_WINDOW (assistant)), ==,
                   "about");
  g_assert_true (gtk_window_get_transient_for (assistant) == window);

  /* Today shows the card on the app's diary, ready to log. */
  today = find_type (GTK_WIDGET (window), PATELLA_TYPE_TODAY_PAGE, 0);
  g_assert_true (patella_today_page_get_store (PATELLA_TODAY_PAGE (today))
                 == patella_application_get_store (app));
  card = find_type (today, PATELLA_TYPE_PAIN_CARD, 0);
  g_assert_true (gtk_widget_get_mapped (card));
  g_assert_true (patella_pain_card_get_store (PATELLA_PAIN_CARD (card))
                 == patella_application_get_store (app));

  /* Skip closes it; it counts as seen. */
  gtk_window_close (assistant);
  SPIN_UNTIL (visible_toplevel (PATELLA_TYPE_FIRST_RUN_WINDOW) == NULL);
  g_assert_true (g_settings_get_boolean (settings, "first-run-done"));

  /* A new window does not ask again. */
  gtk_window_destroy (window);
  spin_idle ();
  g_application_activate (G_APPLICATION (app));
  SPIN_UNTIL (gtk_application_get_active_window (GTK_APPLICATION (app)) != NULL);
  spin_idle ();
  g_assert_null (visible_toplevel (PATELLA_TYPE_FIRST_RUN_WINDOW));

  while ((w = visible_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (w);
  spin_idle ();
  test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The test command provides a display (xvfb-run): without one, fail
   * instead of passing with nothing tested. */
  if (!gtk_init_check ())
    g_error ("No display: run the tests with build-aux/dev test, which provides one");
  adw_init ();

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/pain-card/log-today-by-keyboard", test_log_today_by_keyboard);
  ADD ("/pain-card/worst-never-below-usual", test_worst_never_below_usual);
  ADD ("/pain-card/same-day-edits", test_same_day_edits);
  ADD ("/diary/undo-delete", test_undo_delete);
  ADD ("/diary/delete-and-undo-by-keyboard", test_delete_and_undo_by_keyboard);
  ADD ("/diary/past-day-dialog", test_past_day_dialog);
  ADD ("/diary/edit-returns-focus", test_edit_returns_focus);
  ADD ("/warning/banner-stands-seven-days", test_banner_stands_seven_days);
  ADD ("/warning/session-confirm", test_session_confirm);
  ADD ("/kujala/form-and-due-row", test_kujala_form);
  ADD ("/kujala/row-summary", test_kujala_row_summary);
#undef ADD
  g_test_add_func ("/first-run/notice-once", test_app_today_and_first_run);

  return g_test_run ();
}
