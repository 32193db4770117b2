/* patella-pain-entry.h: one day's knee pain, its checks, and local calendar days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

/* A local calendar day is "YYYY-MM-DD": this many bytes, and one more
 * for its terminating NUL. */
#define PATELLA_LOCAL_DAY_LEN 10

G_BEGIN_DECLS

/* Where it hurt. Stored as an integer, exported as the nicks joined by ';'. */
typedef enum /*< flags >*/
{
  PATELLA_PAIN_CONTEXT_NONE          = 0,
  PATELLA_PAIN_CONTEXT_RUNNING       = 1 << 0,
  PATELLA_PAIN_CONTEXT_STAIRS        = 1 << 1,
  PATELLA_PAIN_CONTEXT_SQUATTING     = 1 << 2,
  PATELLA_PAIN_CONTEXT_AFTER_SITTING = 1 << 3,
  PATELLA_PAIN_CONTEXT_AT_REST       = 1 << 4,
} PatellaPainContext;

#define PATELLA_PAIN_CONTEXT_ALL 0x1f

#define PATELLA_TYPE_PAIN_CONTEXT (patella_pain_context_get_type ())
GType patella_pain_context_get_type (void) G_GNUC_CONST;

/* Signs of more than a muscle imbalance (PROGRAM.md, "Pain and when to stop"). */
typedef enum /*< flags >*/
{
  PATELLA_WARNING_SIGN_NONE                 = 0,
  PATELLA_WARNING_SIGN_SUDDEN_SHARP_PAIN    = 1 << 0,
  PATELLA_WARNING_SIGN_SOMETHING_IN_THE_WAY = 1 << 1,
  PATELLA_WARNING_SIGN_PAINFUL_POP          = 1 << 2,
  PATELLA_WARNING_SIGN_GIVING_WAY           = 1 << 3,
  PATELLA_WARNING_SIGN_SWELLING             = 1 << 4,
  PATELLA_WARNING_SIGN_HOT_RED_FEVER        = 1 << 5,
  PATELLA_WARNING_SIGN_CANNOT_BEAR_WEIGHT   = 1 << 6,
} PatellaWarningSign;

#define PATELLA_WARNING_SIGN_ALL 0x7f

#define PATELLA_TYPE_WARNING_SIGN (patella_warning_sign_get_type ())
GType patella_warning_sign_get_type (void) G_GNUC_CONST;

#define PATELLA_PAIN_MIN 0
#define PATELLA_PAIN_MAX 10
/* In characters (as SQLite's length() counts them in the schema); a note is
 * a line or two, and the limit keeps a pasted book out. */
#define PATELLA_PAIN_NOTE_MAX 4000

#define PATELLA_PAIN_ENTRY_ERROR (patella_pain_entry_error_quark ())
GQuark patella_pain_entry_error_quark (void);

typedef enum
{
  PATELLA_PAIN_ENTRY_ERROR_BAD_DAY,           /* not a real YYYY-MM-DD day */
  PATELLA_PAIN_ENTRY_ERROR_FUTURE_DAY,        /* after today */
  PATELLA_PAIN_ENTRY_ERROR_OUT_OF_RANGE,      /* a score outside 0-10 */
  PATELLA_PAIN_ENTRY_ERROR_WORST_BELOW_USUAL,
  PATELLA_PAIN_ENTRY_ERROR_BAD_FLAGS,         /* a context or sign that does not exist */
  PATELLA_PAIN_ENTRY_ERROR_BAD_NOTE,          /* too long, or not UTF-8 */
} PatellaPainEntryError;

/* A plain value: copy it freely. The day is the user's local calendar day,
 * so an entry stays on the day it was felt whatever the time zone later. */
typedef struct
{
  char               day[PATELLA_LOCAL_DAY_LEN + 1];     /* YYYY-MM-DD */
  int                usual;
  int                worst;
  PatellaPainContext contexts;
  PatellaWarningSign signs;
  char              *note;        /* NULL or "" for none */
  gint64             recorded_us; /* UTC µs of the first save; 0 before it */
  gint64             updated_us;  /* UTC µs of the last save; 0 before it */
} PatellaPainEntry;

#define PATELLA_TYPE_PAIN_ENTRY (patella_pain_entry_get_type ())
GType patella_pain_entry_get_type (void) G_GNUC_CONST;

PatellaPainEntry *patella_pain_entry_new      (const char             *day,
                                               int                     usual,
                                               int                     worst);
PatellaPainEntry *patella_pain_entry_copy     (const PatellaPainEntry *entry);
void              patella_pain_entry_free     (PatellaPainEntry       *entry);
void              patella_pain_entry_set_note (PatellaPainEntry       *entry,
                                               const char             *note);
gboolean          patella_pain_entry_equal    (const PatellaPainEntry *a,
                                               const PatellaPainEntry *b);
gboolean          patella_pain_entry_validate (const PatellaPainEntry *entry,
                                               const char             *today,
                                               GError                **error);

/* Flags as text ("running;stairs"), for CSV and logs. */
char     *patella_flags_to_nicks   (GType        flags_type,
                                    guint        value);
gboolean  patella_flags_from_nicks (GType        flags_type,
                                    const char  *text,
                                    guint       *value);

/* Local calendar days as "YYYY-MM-DD". */

gboolean  patella_local_day_is_valid       (const char *day);
gboolean  patella_local_day_to_date        (const char *day,
                                            GDate      *date);
guint32   patella_local_day_to_julian      (const char *day);
void      patella_local_day_from_date      (const GDate *date,
                                            char         out[PATELLA_LOCAL_DAY_LEN + 1]);
void      patella_local_day_from_julian    (guint32      julian,
                                            char         out[PATELLA_LOCAL_DAY_LEN + 1]);
void      patella_local_day_from_date_time (GDateTime   *local_time,
                                            char         out[PATELLA_LOCAL_DAY_LEN + 1]);
void      patella_local_day_for_instant    (gint64       utc_us,
                                            GTimeZone   *tz,
                                            char         out[PATELLA_LOCAL_DAY_LEN + 1]);
void      patella_local_day_add_days       (const char  *day,
                                            int          n_days,
                                            char         out[PATELLA_LOCAL_DAY_LEN + 1]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaPainEntry, patella_pain_entry_free)

G_END_DECLS
