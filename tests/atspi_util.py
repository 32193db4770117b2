# atspi_util.py: what the AT-SPI test scripts share (TAP, waiting, the tree, keys, the bus)
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Imported by the test-*-atspi.py scripts and test-atspi-walk.py once pyatspi
# is known to be there.
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

_count = 0
_failed = 0


def ok(condition, what):
    """Prints one TAP line."""
    global _count, _failed
    _count += 1
    if not condition:
        _failed += 1
    print(('ok' if condition else 'not ok') + ' %d - %s' % (_count, what))
    sys.stdout.flush()


def finish():
    """Prints the plan; returns the exit status."""
    print('1..%d' % _count)
    return 1 if _failed else 0


def pump():
    """Hands the AT-SPI events that arrived to their listeners."""
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


def wait_for(predicate, seconds=10.0, pause=0.05):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump()
        value = predicate()
        if value:
            return value
        time.sleep(pause)
    pump()
    return predicate()


def walk(node, out):
    out.append(node)
    for child in node:
        if child is not None:
            walk(child, out)
    return out


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        try:
            if app is not None and app.name.lower().startswith('patella'):
                return app
        except Exception:  # an application leaving the bus
            pass
    return None


def press(name):
    # xdotool sends the press and the release together: through the
    # registry a loaded machine may hold the key long enough to repeat.
    subprocess.run(['xdotool', 'key', '--clearmodifiers', name], check=True)


def on_own_bus():
    """Runs the calling script again under dbus-run-session, passing on
    only TAP: the accessibility registry it starts writes to the same
    stdout. Returns the exit status. The bus's own helpers warn about what
    they cannot reach (the X display, an object just gone): not the app's
    fault, so not fatal either."""
    env = dict(os.environ, PATELLA_ATSPI_OWN_BUS='1')
    env.pop('G_DEBUG', None)
    child = subprocess.Popen(['dbus-run-session', '--', sys.executable] + sys.argv,
                             env=env, stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        if line.startswith(('ok ', 'not ok ', '1..', '#')):
            print(line, end='', flush=True)
    return child.wait()


def start_app(args, env):
    """Starts the app with its output on stderr: were it to hold the TAP
    pipe (stdout) open after the script ended, meson would wait for it
    until its timeout. Stop it with stop_app, in a finally."""
    return subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=sys.stderr)


def stop_app(app):
    """Ends an app started with start_app, killing it if it does not go."""
    if app.poll() is not None:
        return
    app.terminate()
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()


def start_demo(data, **extra):
    """Starts the app named on the command line with --demo, its folders in
    data, accessibility on and criticals fatal; extra adds to its
    environment."""
    env = dict(os.environ, XDG_DATA_HOME=data, XDG_CONFIG_HOME=data,
               GSK_RENDERER='cairo', G_DEBUG='fatal-criticals', **extra)
    # The test environment turns accessibility off for every other test.
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    return start_app([sys.argv[1], '--demo'], env)


def run(main):
    """Runs main on a bus of the script's own, and exits with TAP's verdict."""
    if 'PATELLA_ATSPI_OWN_BUS' not in os.environ:
        sys.exit(on_own_bus())
    main()
    sys.exit(finish())
