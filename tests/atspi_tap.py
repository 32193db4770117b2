# atspi_tap.py: what the AT-SPI tests share: TAP output, waiting, keys, the bus
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Imported by test-atspi-walk.py, which runs as a script from this folder
# (the others share atspi_util.py). pyatspi is imported by them, so that a machine
# without it gets their skip plan.
import os
import subprocess
import sys
import time

count = 0
failed = 0


def ok(condition, what):
    """One TAP line."""
    global count, failed
    count += 1
    if not condition:
        failed += 1
    print(('ok' if condition else 'not ok') + ' %d - %s' % (count, what))
    sys.stdout.flush()


def finish():
    """The plan, and the exit status."""
    print('1..%d' % count)
    sys.exit(1 if failed else 0)


def wait_for(predicate, seconds=10.0, pause=0.1):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(pause)
    return predicate()


def press(name):
    # xdotool sends the press and the release together: through the
    # registry a loaded machine may hold the key long enough to repeat.
    subprocess.run(['xdotool', 'key', '--clearmodifiers', name], check=True)


def find_app(pyatspi):
    for app in pyatspi.Registry.getDesktop(0):
        try:
            if app is not None and app.name.lower().startswith('patella'):
                return app
        except Exception:  # an application leaving the bus
            pass
    return None


def on_own_bus():
    """Runs the calling script again under dbus-run-session, passing on
    only TAP: the accessibility registry it starts writes to the same
    stdout. Returns False in the run on that bus."""
    if 'PATELLA_ATSPI_OWN_BUS' in os.environ:
        return False
    env = dict(os.environ, PATELLA_ATSPI_OWN_BUS='1')
    # libatspi in this process warns when an application leaves the bus
    # mid-call; that is no failure of the app, which keeps its own G_DEBUG.
    env.pop('G_DEBUG', None)
    child = subprocess.Popen(['dbus-run-session', '--', sys.executable] + sys.argv,
                             env=env, stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        if line.startswith(('ok ', 'not ok ', '1..', '#')):
            print(line, end='', flush=True)
    sys.exit(child.wait())
