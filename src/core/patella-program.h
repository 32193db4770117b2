/* patella-program.h: the program's calendar: its weeks and training days
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "patella-pain-entry.h"

G_BEGIN_DECLS

/* Days of the week, as a set; Monday first, as GDateWeekday counts. */
typedef enum /*< flags >*/
{
  PATELLA_WEEKDAY_NONE      = 0,
  PATELLA_WEEKDAY_MONDAY    = 1 << 0,
  PATELLA_WEEKDAY_TUESDAY   = 1 << 1,
  PATELLA_WEEKDAY_WEDNESDAY = 1 << 2,
  PATELLA_WEEKDAY_THURSDAY  = 1 << 3,
  PATELLA_WEEKDAY_FRIDAY    = 1 << 4,
  PATELLA_WEEKDAY_SATURDAY  = 1 << 5,
  PATELLA_WEEKDAY_SUNDAY    = 1 << 6,
} PatellaWeekdays;

#define PATELLA_WEEKDAYS_ALL 0x7f

#define PATELLA_TYPE_WEEKDAYS (patella_weekdays_get_type ())
GType patella_weekdays_get_type (void) G_GNUC_CONST;

#define PATELLA_PROGRAM_MIN_WEEKS     2
#define PATELLA_PROGRAM_MAX_WEEKS     12
#define PATELLA_PROGRAM_DEFAULT_WEEKS 6

#define PATELLA_PROGRAM_ERROR (patella_program_error_quark ())
GQuark patella_program_error_quark (void);

typedef enum
{
  PATELLA_PROGRAM_ERROR_BAD_DAY,        /* the start is not a real YYYY-MM-DD day */
  PATELLA_PROGRAM_ERROR_BAD_LENGTH,     /* not 2 to 12 weeks */
  PATELLA_PROGRAM_ERROR_NO_TRAINING_DAY,/* no weekday chosen, or one that does not exist */
} PatellaProgramError;

/* A plain value. Weeks are 7-day blocks from the start day (week 1 is the
 * start day and the six after it), not calendar weeks, as on Progress. The
 * program's days are its start day to its last day; training days are the
 * program's days whose weekday is chosen, none before or after. */
typedef struct
{
  char            start_day[PATELLA_LOCAL_DAY_LEN + 1];   /* local "YYYY-MM-DD" */
  guint           n_weeks;
  PatellaWeekdays training_days;
} PatellaProgram;

void            patella_program_init               (PatellaProgram       *self,
                                                    const char           *start_day);
gboolean        patella_program_validate           (const PatellaProgram *self,
                                                    GError              **error);
void            patella_program_get_last_day       (const PatellaProgram *self,
                                                    char                  out[PATELLA_LOCAL_DAY_LEN + 1]);
guint           patella_program_get_week           (const PatellaProgram *self,
                                                    const char           *day);
char           *patella_program_format_week        (const PatellaProgram *self,
                                                    const char           *day);
PatellaWeekdays patella_weekdays_for_day           (const char           *day);
gboolean        patella_program_is_training_day    (const PatellaProgram *self,
                                                    const char           *day);
gboolean        patella_program_next_training_day  (const PatellaProgram *self,
                                                    const char           *after,
                                                    char                  out[PATELLA_LOCAL_DAY_LEN + 1]);
guint           patella_program_count_training_days (const PatellaProgram *self,
                                                     const char           *from,
                                                     const char           *to);
guint           patella_program_planned_in_week    (const PatellaProgram *self,
                                                    const char           *day);
guint           patella_program_planned_so_far     (const PatellaProgram *self,
                                                    const char           *day);

G_END_DECLS
