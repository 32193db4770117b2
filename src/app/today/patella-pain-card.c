/* patella-pain-card.c: "Knee pain today" on the Today page: the day's entry, and a button to edit it
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

#include "patella-a11y.h"
#include "patella-pain-card.h"
#include "patella-pain-entry-dialog.h"
#include "patella-row-text.h"
#include "patella-warning-signs.h"

struct _PatellaPainCard
{
  GtkWidget         parent_instance;

  PatellaStore     *store;
  PatellaToday     *today;
  GSignalGroup     *store_signals;
  GSignalGroup     *today_signals;
  char              day[PATELLA_LOCAL_DAY_LEN + 1];
  /* What the store holds for the day, as shown. */
  PatellaPainEntry *entry;

  GtkWidget        *box;
  AdwActionRow     *row;
  GtkButton        *edit_button;
};

G_DEFINE_FINAL_TYPE (PatellaPainCard, patella_pain_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Hours and minutes on the locale's own clock, 12- or 24-hour: %X would
 * add seconds nobody needs. */
static const char *
clock_format (void)
{
  const char *fmt = nl_langinfo (T_FMT);

  if (strstr (fmt, "%r") != NULL || strstr (fmt, "%p") != NULL || strstr (fmt, "%I") != NULL)
    return "%-l:%M %p";
  return "%H:%M";
}

/* "Saved at 09:41", or NULL before the day has an entry. */
static char *
saved_time (PatellaPainCard *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;

  if (self->entry == NULL || self->entry->updated_us <= 0)
    return NULL;

  utc = g_date_time_new_from_unix_utc (self->entry->updated_us / G_USEC_PER_SEC);
  local = g_date_time_to_local (utc);
  time = g_date_time_format (local, clock_format ());
  /* Translators: when today's entry was last written, e.g. "Saved at 09:41" */
  return g_strdup_printf (_("Saved at %s"), time);
}

/* The entry in words: the scores as the row's title; where, the signs,
 * the note and the time saved under it. The card only shows; the dialog
 * edits. */
static void
show_entry (PatellaPainCard *self)
{
  g_autofree char *scores = NULL;
  g_autofree char *contexts = NULL;
  g_autofree char *signs = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GString) detail = g_string_new (NULL);

  if (self->entry == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), _("Not logged yet"));
      adw_action_row_set_subtitle (self->row, NULL);
      gtk_button_set_label (self->edit_button, _("_Log Pain…"));
      patella_a11y_set_button_name (self->edit_button, _("Log today’s pain"));
      return;
    }

  /* Translators: today's entry on the Today page, "Usual pain 2, worst pain 5" */
  scores = g_strdup_printf (_("Usual pain %d, worst pain %d"),
                            self->entry->usual, self->entry->worst);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), scores);

  contexts = patella_pain_contexts_to_text (self->entry->contexts);
  if (*contexts != '\0')
    /* Translators: when it hurt, after the scores, e.g. "When: Running, Stairs" */
    g_string_append_printf (detail, _("When: %s"), contexts);
  if (self->entry->signs != PATELLA_WARNING_SIGN_NONE)
    {
      signs = patella_warning_signs_to_text (self->entry->signs);
      if (detail->len > 0)
        g_string_append_c (detail, '\n');
      g_string_append_printf (detail, _("Warning signs: %s"), signs);
    }
  if (self->entry->note != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? "\n" : "", self->entry->note);
  saved = saved_time (self);
  if (saved != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? "\n" : "", saved);
  /* The subtitle is markup; a note may hold any text. */
  escaped = g_markup_escape_text (detail->str, -1);
  adw_action_row_set_subtitle (self->row, escaped);

  gtk_button_set_label (self->edit_button, _("_Edit…"));
  patella_a11y_set_button_name (self->edit_button, _("Edit today’s pain entry"));
}

void
patella_pain_card_reload (PatellaPainCard *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATELLA_IS_PAIN_CARD (self));

  g_strlcpy (self->day, self->today != NULL ? patella_today_get_day (self->today) : "",
             sizeof self->day);
  g_clear_pointer (&self->entry, patella_pain_entry_free);

  if (self->store != NULL && self->today != NULL)
    self->entry = patella_store_get_pain (self->store, self->day, &error);

  gtk_widget_set_sensitive (GTK_WIDGET (self->edit_button),
                            self->store != NULL && self->today != NULL && error == NULL);
  show_entry (self);

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Today’s entry could not be read: %s"),
                                               error->message);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->row), text);
    }
}

static void
dialog_saved_cb (PatellaPainEntryDialog *dialog,
                 const char             *day,
                 PatellaPainCard        *self)
{
  if (strcmp (day, self->day) == 0)
    patella_pain_card_reload (self);
  g_signal_emit (self, signals[SAVED], 0);
}

/**
 * patella_pain_card_open_editor:
 * @self: a #PatellaPainCard
 *
 * Opens the same dialog the diary edits a day with, on today: nothing is
 * saved until its Save button, and closing it with changes asks first.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL with no store
 */
GtkWindow *
patella_pain_card_open_editor (PatellaPainCard *self)
{
  PatellaPainEntryDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (PATELLA_IS_PAIN_CARD (self), NULL);

  if (self->store == NULL || self->today == NULL)
    return NULL;

  /* A laptop woken the next morning logs the new day. */
  patella_today_refresh (self->today);
  if (strcmp (patella_today_get_day (self->today), self->day) != 0)
    patella_pain_card_reload (self);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = patella_pain_entry_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->store, self->today, self->day);
  /* Deleting, with its Undo, is the diary's. */
  patella_pain_entry_dialog_set_can_delete (dialog, FALSE);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
edit_clicked_cb (PatellaPainCard *self)
{
  patella_pain_card_open_editor (self);
}

static void
store_changed_cb (PatellaStore    *store,
                  const char      *table,
                  PatellaPainCard *self)
{
  /* A save from the dialog, an edit or a delete in the diary, an import:
   * the card only shows, so it simply reads the day again. */
  patella_pain_card_reload (self);
}

static void
day_changed_cb (PatellaPainCard *self)
{
  if (strcmp (patella_today_get_day (self->today), self->day) != 0)
    patella_pain_card_reload (self);
}

static void
patella_pain_card_map (GtkWidget *widget)
{
  PatellaPainCard *self = PATELLA_PAIN_CARD (widget);

  GTK_WIDGET_CLASS (patella_pain_card_parent_class)->map (widget);

  /* A laptop woken the next morning shows the new day. */
  if (self->today != NULL)
    patella_today_refresh (self->today);
}

PatellaStore *
patella_pain_card_get_store (PatellaPainCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_CARD (self), NULL);

  return self->store;
}

void
patella_pain_card_set_store (PatellaPainCard *self,
                             PatellaStore    *store)
{
  g_return_if_fail (PATELLA_IS_PAIN_CARD (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  patella_pain_card_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaToday *
patella_pain_card_get_today (PatellaPainCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_CARD (self), NULL);

  return self->today;
}

/**
 * patella_pain_card_set_today:
 * @self: a #PatellaPainCard
 * @today: (nullable): the day the card edits
 *
 * The card edits @today's day and moves to the next one at midnight.
 */
void
patella_pain_card_set_today (PatellaPainCard *self,
                             PatellaToday    *today)
{
  g_return_if_fail (PATELLA_IS_PAIN_CARD (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  patella_pain_card_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

const char *
patella_pain_card_get_day (PatellaPainCard *self)
{
  g_return_val_if_fail (PATELLA_IS_PAIN_CARD (self), NULL);

  return self->day;
}

void
patella_pain_card_focus (PatellaPainCard *self)
{
  g_return_if_fail (PATELLA_IS_PAIN_CARD (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->edit_button));
}

PatellaPainCard *
patella_pain_card_new (PatellaStore *store,
                       PatellaToday *today)
{
  return g_object_new (PATELLA_TYPE_PAIN_CARD, "store", store, "today", today, NULL);
}

static void
patella_pain_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PatellaPainCard *self = PATELLA_PAIN_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_pain_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PatellaPainCard *self = PATELLA_PAIN_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_pain_card_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      patella_pain_card_set_today (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_pain_card_dispose (GObject *object)
{
  PatellaPainCard *self = PATELLA_PAIN_CARD (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  g_clear_pointer (&self->entry, patella_pain_entry_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_PAIN_CARD);

  G_OBJECT_CLASS (patella_pain_card_parent_class)->dispose (object);
}

static void
patella_pain_card_class_init (PatellaPainCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_pain_card_dispose;
  object_class->get_property = patella_pain_card_get_property;
  object_class->set_property = patella_pain_card_set_property;

  widget_class->map = patella_pain_card_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-pain-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, row);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
}

static void
patella_pain_card_init (PatellaPainCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  patella_row_wrap_at_words (GTK_WIDGET (self->row));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed::pain_entry",
                                 G_CALLBACK (store_changed_cb), self, 0);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (day_changed_cb), self);

  patella_pain_card_reload (self);
}
