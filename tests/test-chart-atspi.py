#!/usr/bin/python3
# test-chart-atspi.py: what a screen reader gets from Progress, read over AT-SPI
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `patella --demo` and, as Orca would, reads every chart's name and
# description, then moves across the pain chart's days with the keyboard
# and reads what each focused day says. Under an X server (xvfb-run), it
# starts a session bus of its own:  tests/test-chart-atspi.py _build/src/patella
# Prints TAP, with a skip plan when pyatspi is not installed.
import datetime
import os
import sys
import tempfile

try:
    import pyatspi
except ImportError:
    print('1..0 # SKIP pyatspi is not installed (python3-pyatspi)')
    sys.exit(0)

# The shared helpers beside this script; no bytecode left in the sources.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_util import find_app, ok, press, run, start_demo, stop_app, wait_for, walk  # noqa: E402


def main():
    data = tempfile.TemporaryDirectory()
    patella = start_demo(data.name)
    try:
        app = wait_for(find_app, 30)
        ok(app is not None, 'the app is on the accessibility bus')
        if app is None:
            return
        # Each walk asks the app for every node over D-Bus: walk seldom.
        tab = wait_for(lambda: [o for o in walk(app, []) if o.getRoleName() == 'page tab'
                                and o.name == 'Progress'], 20, 1.0)
        ok(bool(tab), 'Progress is a page tab')
        tab[0].queryAction().doAction(0)

        def charts():
            return [o for o in walk(app, [])
                    if o.getRoleName() == 'image' and o.getState().contains(pyatspi.STATE_FOCUSABLE)]
        # The charts are drawn before the diary's rows arrive: wait for
        # their sentences too.
        found = wait_for(lambda: (lambda c: len(c) >= 5 and all(x.description for x in c) and c)
                         (charts()), 20, 1.0) or charts()
        ok(found and len(found) >= 5, 'Progress shows at least five focusable charts')
        if not found:
            return
        for chart in found:
            ok(chart.name and not chart.name.startswith('Gtk'),
               'a chart is named after its title: %r' % chart.name)
            ok(chart.description and chart.description.endswith('.'),
               '%s is described in a sentence: %r' % (chart.name, chart.description))

        pain = found[0]
        for _ in range(40):
            if pain.getState().contains(pyatspi.STATE_FOCUSED):
                break
            press('Tab')
            wait_for(lambda: pain.getState().contains(pyatspi.STATE_FOCUSED), 0.5)
        ok(pain.getState().contains(pyatspi.STATE_FOCUSED), 'Tab reaches the pain chart')

        said = []
        for key in ['Home', 'Right', 'Right', 'End', 'Left']:
            before = pain.description
            press(key)
            after = wait_for(lambda: pain.description != before and pain.description, 10)
            said.append(after)
            ok(after and after != before, '%s changes what the chart says: %r' % (key, after))
        before = pain.description
        press('Escape')
        summary = wait_for(lambda: pain.description != before and pain.description, 10)
        ok(summary and ':' not in summary.split('.')[0], 'Escape leaves the summary: %r' % summary)
        for text in said:
            ok(text and text.endswith(' ' + summary) and ': ' in text.split('.')[0],
               'a focused day says its date and values, then the summary: %r' % text)
        # Each key moves one day: the popover coming up under a resting
        # pointer once sent focus to the day beneath it.
        try:
            days = [datetime.datetime.strptime(text.split(':')[0], '%b %d %Y').date()
                    for text in said]
            steps = [(days[i + 1] - days[i]).days for i in range(len(days) - 1)]
        except (AttributeError, ValueError) as error:
            days, steps = said, str(error)
        ok(steps[:2] == [1, 1] and steps[3:] == [-1] and steps[2] > 0,
           'Right moves a day on, End to the last day, Left a day back: %s' % (steps,))
        ok(patella.poll() is None, 'the app is still running (no critical warning)')
    finally:
        stop_app(patella)
        data.cleanup()


run(main)
