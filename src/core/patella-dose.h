/* patella-dose.h: how much of an exercise a session asks for
 *
 * Copyright 2026 The Patella authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the work of one rep looks like; decides which dose fields apply. */
typedef enum
{
  PATELLA_WORK_REPS_TEMPO,      /* up, optional pause at the top, down */
  PATELLA_WORK_REPS_HOLD,       /* up, a dosed hold, down */
  PATELLA_WORK_TIMED_HOLD,      /* a stretch or balance: the hold is the work */
} PatellaWorkKind;

#define PATELLA_TYPE_WORK_KIND (patella_work_kind_get_type ())
GType patella_work_kind_get_type (void) G_GNUC_CONST;

/* Fields are signed on purpose: doses come from settings and the database,
 * and a negative number there must be refused, not wrapped around. All
 * times are whole seconds. When until_tired is set, reps is the ceiling: the
 * timeline plans that many and the user ends the set with "stop here". */
typedef struct
{
  int      sets;
  int      reps;
  gboolean until_tired;
  int      hold_seconds;
  int      tempo_up_seconds;
  int      tempo_pause_seconds;
  int      tempo_down_seconds;
  int      rest_seconds;
  int      switch_seconds;
  int      get_ready_seconds;
} PatellaDose;

#define PATELLA_TYPE_DOSE (patella_dose_get_type ())
GType patella_dose_get_type (void) G_GNUC_CONST;

#define PATELLA_DOSE_ERROR (patella_dose_error_quark ())
GQuark patella_dose_error_quark (void);

typedef enum
{
  PATELLA_DOSE_ERROR_OUT_OF_RANGE,   /* a field is below or above its limit */
  PATELLA_DOSE_ERROR_NOT_APPLICABLE, /* e.g. a hold on an exercise that has none */
  PATELLA_DOSE_ERROR_EMPTY_REP,      /* every timed part of a rep is zero */
} PatellaDoseError;

/* Limits, shared with the dose editor so its spin buttons match. */
#define PATELLA_DOSE_MAX_SETS          10
#define PATELLA_DOSE_MAX_REPS          100
#define PATELLA_DOSE_MAX_TIMED_REPS    10
#define PATELLA_DOSE_MAX_REP_HOLD      60
#define PATELLA_DOSE_MAX_TIMED_HOLD    300
#define PATELLA_DOSE_MAX_TEMPO         10
#define PATELLA_DOSE_MAX_REST          600
#define PATELLA_DOSE_MAX_SWITCH        60
#define PATELLA_DOSE_MAX_GET_READY     60

/* The fields a person edits, for patella_dose_get_limits(). */
typedef enum
{
  PATELLA_DOSE_LIMIT_SETS,
  PATELLA_DOSE_LIMIT_REPS,
  PATELLA_DOSE_LIMIT_HOLD,
  PATELLA_DOSE_LIMIT_TEMPO_UP,
  PATELLA_DOSE_LIMIT_TEMPO_PAUSE,
  PATELLA_DOSE_LIMIT_TEMPO_DOWN,
  PATELLA_DOSE_LIMIT_REST,
  PATELLA_DOSE_LIMIT_SWITCH,
  PATELLA_DOSE_LIMIT_GET_READY,
  PATELLA_N_DOSE_LIMITS
} PatellaDoseLimit;

gboolean     patella_dose_get_limits      (PatellaDoseLimit   field,
                                           PatellaWorkKind    work,
                                           int               *min,
                                           int               *max);
PatellaDose *patella_dose_copy            (const PatellaDose *dose);
void         patella_dose_free            (PatellaDose       *dose);
gboolean     patella_dose_equal           (const PatellaDose *a,
                                           const PatellaDose *b);
gboolean     patella_dose_validate        (const PatellaDose *dose,
                                           PatellaWorkKind    work,
                                           GError           **error);
gint64       patella_dose_rep_usec        (const PatellaDose *dose,
                                           PatellaWorkKind    work);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PatellaDose, patella_dose_free)

G_END_DECLS
