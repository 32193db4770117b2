/* patella-pain-card.c: "Knee pain today" on the Today page, saved as it is filled in
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

#include "patella-pain-card.h"
#include "patella-pain-form.h"
#include "patella-toast.h"
#include "patella-warning-signs.h"

struct _PatellaPainCard
{
  GtkWidget         parent_instance;

  PatellaStore     *store;
  PatellaToday     *today;
  GSignalGroup     *store_signals;
  GSignalGroup     *today_signals;
  char              day[PATELLA_LOCAL_DAY_LEN + 1];
  /* Kept so a later save keeps the first-save time. */
  PatellaPainEntry *entry;
  guint             saving : 1;

  GtkWidget        *box;
  GtkLabel         *status_label;
  PatellaPainForm  *form;
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

static void
show_saved_time (PatellaPainCard *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;

  if (self->entry == NULL || self->entry->updated_us <= 0)
    {
      gtk_label_set_label (self->status_label, _("Not logged yet"));
      return;
    }

  utc = g_date_time_new_from_unix_utc (self->entry->updated_us / G_USEC_PER_SEC);
  local = g_date_time_to_local (utc);
  time = g_date_time_format (local, clock_format ());
  /* Translators: when today's entry was last written, e.g. "Saved at 09:41" */
  text = g_strdup_printf (_("Saved at %s"), time);
  gtk_label_set_label (self->status_label, text);
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

  patella_pain_form_set_entry (self->form, self->entry);
  gtk_widget_set_sensitive (GTK_WIDGET (self->form),
                            self->store != NULL && self->today != NULL && error == NULL);

  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Today’s entry could not be read: %s"),
                                               error->message);
      gtk_label_set_label (self->status_label, text);
      return;
    }

  show_saved_time (self);
}

static void
save (PatellaPainCard *self)
{
  g_autoptr(PatellaPainEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* Past midnight, the card belongs to the new day; the old day's entry
   * is left as it was saved. A suspended laptop has not had its alarm
   * yet, so the clock is read again here. */
  patella_today_refresh (self->today);
  if (strcmp (patella_today_get_day (self->today), self->day) != 0)
    {
      patella_pain_card_reload (self);
      return;
    }

  if (self->entry != NULL)
    entry = patella_pain_entry_copy (self->entry);
  else
    entry = patella_pain_entry_new (self->day, 0, 0);
  patella_pain_form_get_values (self->form, entry);

  self->saving = TRUE;
  saved = patella_store_save_pain (self->store, entry, NULL, &error);
  self->saving = FALSE;

  if (!saved)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);

      gtk_label_set_label (self->status_label, _("Not saved"));
      patella_toast_show (GTK_WIDGET (self), text, 0);
      return;
    }

  g_clear_pointer (&self->entry, patella_pain_entry_free);
  self->entry = patella_store_get_pain (self->store, self->day, NULL);
  show_saved_time (self);
  patella_toast_show (GTK_WIDGET (self), _("Saved"), 2);

  g_signal_emit (self, signals[SAVED], 0);
}

static void
form_changed_cb (PatellaPainCard *self)
{
  if (self->store == NULL || self->today == NULL)
    return;

  if (!patella_pain_form_is_complete (self->form))
    {
      gtk_label_set_label (self->status_label, _("Choose a score to save"));
      return;
    }

  save (self);
}

static void
store_changed_cb (PatellaStore    *store,
                  const char      *table,
                  PatellaPainCard *self)
{
  g_autoptr(PatellaPainEntry) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* An edit of today from the diary shows here too. Our own writes, and
   * changes to other days, leave the form alone: reloading would lose a
   * half-typed note. */
  if (self->saving)
    return;

  stored = patella_store_get_pain (store, self->day, &error);
  if (error == NULL
      && (stored == NULL) == (self->entry == NULL)
      && (stored == NULL || patella_pain_entry_equal (stored, self->entry)))
    return;

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

  patella_pain_form_focus_scores (self->form);
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

  g_type_ensure (PATELLA_TYPE_PAIN_FORM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-pain-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaPainCard, form);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
}

static void
patella_pain_card_init (PatellaPainCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed::pain_entry",
                                 G_CALLBACK (store_changed_cb), self, 0);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (day_changed_cb), self);

  patella_pain_form_set_note_applies (self->form, TRUE);
  patella_pain_card_reload (self);
}
