/* patella-today-page.c: the Today page
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "patella-a11y.h"
#include "patella-kujala-row.h"
#include "patella-pain-card.h"
#include "patella-plan-card.h"
#include "patella-proposal-card.h"
#include "patella-swap-card.h"
#include "patella-today-page.h"
#include "patella-warning-banner.h"

struct _PatellaTodayPage
{
  GtkWidget             parent_instance;

  PatellaStore         *store;
  PatellaToday         *today;

  GtkStack             *stack;
  GtkWidget            *empty_page;
  PatellaWarningBanner *warning_banner;
  PatellaPlanCard      *plan_card;
  PatellaProposalCard  *proposal_card;
  PatellaSwapCard      *swap_card;
  PatellaPainCard      *pain_card;
  PatellaKujalaRow     *kujala_row;
};

G_DEFINE_FINAL_TYPE (PatellaTodayPage, patella_today_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PatellaStore *
patella_today_page_get_store (PatellaTodayPage *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY_PAGE (self), NULL);

  return self->store;
}

void
patella_today_page_set_store (PatellaTodayPage *self,
                              PatellaStore     *store)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));
  g_return_if_fail (store == NULL || PATELLA_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* Today's pain can be logged whatever the plan says. The empty state
   * is hidden, not only off screen, so it is not styled at startup. */
  gtk_widget_set_visible (self->empty_page, store == NULL);
  gtk_stack_set_visible_child_name (self->stack, store != NULL ? "today" : "empty");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * patella_today_page_set_settings:
 * @self: a #PatellaTodayPage
 * @settings: the app's settings
 *
 * The plan follows the painful side chosen in @settings.
 */
void
patella_today_page_set_settings (PatellaTodayPage *self,
                                 GSettings        *settings)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));

  patella_plan_card_set_settings (self->plan_card, settings);
}

PatellaToday *
patella_today_page_get_today (PatellaTodayPage *self)
{
  g_return_val_if_fail (PATELLA_IS_TODAY_PAGE (self), NULL);

  return self->today;
}

void
patella_today_page_set_today (PatellaTodayPage *self,
                              PatellaToday     *today)
{
  g_return_if_fail (PATELLA_IS_TODAY_PAGE (self));
  g_return_if_fail (today == NULL || PATELLA_IS_TODAY (today));

  if (g_set_object (&self->today, today))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/* Whether the focused widget does something of its own with Enter: a
 * button, a check box, an entry, a row that opens something. A row that
 * is not activatable, a label or a container does not. */
static gboolean
has_own_enter (GtkWidget *focus)
{
  if (GTK_IS_LIST_BOX_ROW (focus))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (focus));

  return !(GTK_IS_LABEL (focus)
           || GTK_IS_BOX (focus)
           || GTK_IS_SCROLLED_WINDOW (focus)
           || GTK_IS_VIEWPORT (focus)
           || ADW_IS_CLAMP (focus)
           || PATELLA_IS_TODAY_PAGE (focus));
}

/**
 * patella_today_page_press_enter:
 * @self: a #PatellaTodayPage
 *
 * What Enter does on Today when the focus is on @self or inside it:
 * starts (or resumes) the day's session, unless the focused widget has an
 * Enter of its own. The shortcuts window says the same.
 *
 * Returns: whether the key was used
 */
gboolean
patella_today_page_press_enter (PatellaTodayPage *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (PATELLA_IS_TODAY_PAGE (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && has_own_enter (focus))
    return FALSE;

  return patella_plan_card_activate_main (self->plan_card);
}

/* Capture phase, so a list box does not swallow Enter on a row that is
 * not activatable before the page sees it. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PatellaTodayPage      *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  return patella_today_page_press_enter (self);
}

static void
patella_today_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PatellaTodayPage *self = PATELLA_TODAY_PAGE (object);

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
patella_today_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PatellaTodayPage *self = PATELLA_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      patella_today_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_TODAY:
      patella_today_page_set_today (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
patella_today_page_dispose (GObject *object)
{
  g_clear_object (&PATELLA_TODAY_PAGE (object)->store);
  g_clear_object (&PATELLA_TODAY_PAGE (object)->today);
  gtk_widget_dispose_template (GTK_WIDGET (object), PATELLA_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (patella_today_page_parent_class)->dispose (object);
}

static void
patella_today_page_class_init (PatellaTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = patella_today_page_dispose;
  object_class->get_property = patella_today_page_get_property;
  object_class->set_property = patella_today_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PATELLA_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TODAY] =
    g_param_spec_object ("today", NULL, NULL, PATELLA_TYPE_TODAY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PATELLA_TYPE_WARNING_BANNER);
  g_type_ensure (PATELLA_TYPE_PLAN_CARD);
  g_type_ensure (PATELLA_TYPE_PROPOSAL_CARD);
  g_type_ensure (PATELLA_TYPE_SWAP_CARD);
  g_type_ensure (PATELLA_TYPE_PAIN_CARD);
  g_type_ensure (PATELLA_TYPE_KUJALA_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/patella-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, warning_banner);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, plan_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, proposal_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, swap_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, pain_card);
  gtk_widget_class_bind_template_child (widget_class, PatellaTodayPage, kujala_row);
}

static void
patella_today_page_init (PatellaTodayPage *self)
{
  GObject *cards[6];
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* One accessible name per button: GTK 4.8 says "_Save Save". */
  patella_a11y_name_buttons (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  cards[0] = G_OBJECT (self->warning_banner);
  cards[1] = G_OBJECT (self->pain_card);
  cards[2] = G_OBJECT (self->kujala_row);
  cards[3] = G_OBJECT (self->plan_card);
  cards[4] = G_OBJECT (self->proposal_card);
  cards[5] = G_OBJECT (self->swap_card);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_object_bind_property (self, "store", cards[i], "store", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "today", cards[i], "today", G_BINDING_SYNC_CREATE);
    }
}
