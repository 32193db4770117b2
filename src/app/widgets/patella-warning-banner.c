/* patella-warning-banner.c: the notice that a warning sign from the last 7 days stands
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-day-label.h"
#include "patella-warning-banner.h"
#include "patella-warning-signs.h"

struct _PatellaWarningBanner
{
  GtkWidget           parent_instance;

  PatellaStore       *store;
  PatellaToday       *today;
  GSignalGroup       *store_signals;
  GSignalGroup       *today_signals;
  PatellaWarningSign  signs;
  char                checked_day[PATELLA_LOCAL_DAY_LEN + 1];

  GtkWidget          *box;
  GtkLabel           *title_label;
  GtkRevealer        *advice_revealer;
  GtkLabel           *advice_label;
  GtkLabel           *when_label;
  GtkWidget          *advice_button;
  gboolean            compact;
};

G_DEFINE_FINAL_TYPE (PatellaWarningBanner, patella_warning_banner, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  PROP_SIGNS,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
patella_warning_banner_refresh (PatellaWarningBanner *self)
{
  PatellaWarningSign signs = PATELLA_WARNING_SIGN_NONE;
  char latest[PATELLA_LOCAL_DAY_LEN + 1] = "";
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PATELLA_IS_WARNING_BANNER (self));

  /* Without a day to count from, no sign can be said to stand. */
  if (self->today != NULL)
    {
      now = patella_today_dup_now (self->today);
      g_strlcpy (self->checked_day, patella_today_get_day (self->today), sizeof self->checked_day);
    }

  if (self->store != NULL && now != NULL
      && !patella_store_get_recent_warning_signs (self->store, now,
                                                  PATELLA_WARNING_SIGN_STANDS_DAYS,
                                                  &signs, latest, &error))
    {
      /* Not knowing is shown, not hidden: the user can look at the diary. */
      gtk_label_set_label (self->title_label, _("Warning signs could not be checked"));
      gtk_label_set_label (self->advice_label, error->message);
      gtk_label_set_label (self->when_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      signs = PATELLA_WARNING_SIGN_NONE;
    }
  else if (signs != PATELLA_WARNING_SIGN_NONE)
    {
      g_autofree char *advice = patella_warning_signs_get_advice (signs);
      g_autofree char *logged = patella_day_label (latest, self->checked_day);
      g_autofree char *until = NULL;
      g_autofree char *when = NULL;
      char clear[PATELLA_LOCAL_DAY_LEN + 1];

      patella_warning_signs_clear_day (latest, clear);
      until = patella_day_label (clear, self->checked_day);
      /* Translators: e.g. "Last noted: Yesterday. This notice stays until Monday 6 April." */
      when = g_strdup_printf (_("Last noted: %s. This notice stays until %s."), logged, until);

      gtk_label_set_label (self->title_label, patella_warning_signs_get_title (signs));
      gtk_label_set_label (self->advice_label, advice);
      gtk_label_set_label (self->when_label, when);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (self->title_label),
                                  -1);

  if (signs != self->signs)
    {
      self->signs = signs;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNS]);
    }
}

/* A folded revealer still takes the box's spacing, so it leaves the box
 * once folded, and comes back before it unfolds. */
static void
revealer_changed_cb (PatellaWarningBanner *self)
{
  gboolean shown = gtk_revealer_get_reveal_child (self->advice_revealer)
                   || gtk_revealer_get_child_revealed (self->advice_revealer);

  gtk_widget_set_visible (GTK_WIDGET (self->advice_revealer), shown);
}


PatellaStore *
patella_warning_banner_get_store (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), NULL);

  return self->store;
}

void
patella_warning_banner_set_store (PatellaWarningBanner *self,
                                  PatellaStore         *store)
{
  g_return_if_fail (PATELLA_IS_WARNING_BANNER (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  patella_warning_banner_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PatellaToday *
patella_warning_banner_get_today (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), NULL);

  return self->today;
}

/**
 * patella_warning_banner_set_today:
 * @self: a #PatellaWarningBanner
 * @today: (nullable): the day the rule is checked on
 *
 * A sign stands for a week from the day it was logged; the banner counts
 * from @today's day and checks again when it changes.
 */
void
patella_warning_banner_set_today (PatellaWarningBanner *self,
                                  PatellaToday         *today)
{
  g_return_if_fail (PATELLA_IS_WARNING_BANNER (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (!g_set_object (&self->today, today))
    return;

  g_signal_group_set_target (self->today_signals, today);
  patella_warning_banner_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

gboolean
patella_warning_banner_get_compact (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), FALSE);

  return self->compact;
}

void
patella_warning_banner_set_compact (PatellaWarningBanner *self,
                                    gboolean              compact)
{
  g_return_if_fail (PATELLA_IS_WARNING_BANNER (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  /* Above a long list the advice folds away behind a button; the title and
   * the day stay in view. */
  gtk_widget_set_visible (self->advice_button, compact);
  gtk_revealer_set_reveal_child (self->advice_revealer, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

PatellaWarningSign
patella_warning_banner_get_signs (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), PATELLA_WARNING_SIGN_NONE);

  return self->signs;
}

const char *
patella_warning_banner_get_title (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), NULL);

  return gtk_label_get_label (self->title_label);
}

const char *
patella_warning_banner_get_advice (PatellaWarningBanner *self)
{
  g_return_val_if_fail (PATELLA_IS_WARNING_BANNER (self), NULL);

  return gtk_label_get_label (self->advice_label);
}

PatellaWarningBanner *
patella_warning_banner_new (PatellaStore *store,
                            PatellaToday *today)
{
  return g_object_new (PATELLA_TYPE_WARNING_BANNER, "store", store, "today", today, NULL);
}

static void
patella_warning_banner_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PatellaWarningBanner *self = PATELLA_WARNING_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TODAY:
      g_value_set_object (value, self->today);
      break;

    case PROP_SIGNS:
      g_value_set_flags (value, self->signs);
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_warning_banner_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PatellaWarningBanner *self = PATELLA_WARNING_BANNER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_warning_banner_set_store (self, g_value_get_object (value));
      break;

    case PROP_TODAY:
      patella_warning_banner_set_today (self, g_value_get_object (value));
      break;

    case PROP_COMPACT:
      patella_warning_banner_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_warning_banner_dispose (GObject *object)
{
  PatellaWarningBanner *self = PATELLA_WARNING_BANNER (object);

  g_clear_object (&self->store_signals);
  g_clear_object (&self->today_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->today);
  gtk_widget_dispose_template (GTK_WIDGET (self), PATELLA_TYPE_WARNING_BANNER);

  G_OBJECT_CLASS (patella_warning_banner_parent_class)->dispose (object);
}

static void
patella_warning_banner_class_init (PatellaWarningBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_warning_banner_dispose;
  object_class->get_property = patella_warning_banner_get_property;
  object_class->set_property = patella_warning_banner_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL,
                         PATELLA_TYPE_TODAY,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIGNS] =
    g_param_spec_flags ("signs", NULL, NULL,
                        PATELLA_TYPE_WARNING_SIGN, PATELLA_WARNING_SIGN_NONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "warningbanner");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-warning-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, box);
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, advice_revealer);
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, advice_label);
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, advice_button);
  gtk_widget_class_bind_template_child (widget_class, PatellaWarningBanner, when_label);
}

static void
patella_warning_banner_init (PatellaWarningBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (PATELLA_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed::pain_entry",
                                  G_CALLBACK (patella_warning_banner_refresh), self);
  self->today_signals = g_signal_group_new (PATELLA_TYPE_TODAY);
  g_signal_group_connect_swapped (self->today_signals, "notify::day",
                                  G_CALLBACK (patella_warning_banner_refresh), self);

  g_signal_connect_object (self->advice_revealer, "notify::reveal-child",
                           G_CALLBACK (revealer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->advice_revealer, "notify::child-revealed",
                           G_CALLBACK (revealer_changed_cb), self, G_CONNECT_SWAPPED);
  patella_warning_banner_refresh (self);
}
