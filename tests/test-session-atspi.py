#!/usr/bin/python3
# test-session-atspi.py: a session followed by keyboard alone, as a screen reader reads it
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `patella --demo`, starts today's session with Enter and, as Orca
# would, listens to where the focus goes: onto the opening question, onto
# the phase's progress once the exercise runs, onto the question that P
# ("my knee hurts") asks and the one after the exercise's last set. Checks
# that every control of the session screen has a name in words, that the
# ring's value follows the countdown, that Space pauses and resumes with
# the button's name following, then leaves the session by keyboard. The
# clock is the real one: Right skips phases and Enter ends a set, so the
# whole run takes seconds. With no sound driver, a line says the cues are
# on screen only. Under an X server (xvfb-run), it starts a
# session bus of its own:  tests/test-session-atspi.py _build/src/patella
# Prints TAP, with a skip plan when pyatspi is not installed.
import os
import re
import subprocess
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
from atspi_util import find_app, ok, press, run, start_demo, wait_for, walk  # noqa: E402

OPENING = 'How is your knee right now?'
REPORT = 'How much does your knee hurt right now?'
AFTER_SET = ('How much did your knee hurt during that?',
             'How much did your knee hurt during that set?')
# What GTK 4.8 says for a widget nobody named: its class.
TOOLKIT_NAME = re.compile(r'^(Gtk|Adw|Patella)[A-Z]\w*$')
CONTROL_ROLES = ('push button', 'toggle button', 'check box', 'radio button', 'progress bar',
                 'scroll pane', 'slider', 'spin button', 'combo box', 'text', 'link')


class Focus:
    """The object that last took the focus, from focus events, as Orca
    follows it (walking the tree for it would be hundreds of calls)."""

    def __init__(self):
        self.current = None
        pyatspi.Registry.registerEventListener(self.changed, 'object:state-changed:focused')

    def changed(self, event):
        if event.detail1 == 1:
            self.current = event.source

    def names(self):
        """The focused object's name and its parent's: what a reader says."""
        try:
            own = self.current.name or ''
            parent = self.current.parent
            return own, (parent.name or '') if parent is not None else ''
        except Exception:
            return '', ''

    def on(self, text):
        return any(text in name for name in self.names())

    def role(self):
        try:
            return self.current.getRoleName()
        except Exception:
            return ''


def focus_window():
    """No window manager under Xvfb: give the main window the keyboard."""
    found = subprocess.run(['xdotool', 'search', '--name', '^Patella$'],
                           capture_output=True, text=True)
    for window in found.stdout.split():
        subprocess.run(['xdotool', 'windowfocus', window], stderr=subprocess.DEVNULL)


def first(nodes, role, name):
    for node in nodes:
        if node.getRoleName() == role and node.name == name:
            return node
    return None


def session_root(button):
    """The session page: the ancestor of Leave that also holds the ring."""
    node = button
    while node is not None:
        if any(n.getRoleName() == 'progress bar' and n.name == 'Phase progress'
               for n in walk(node, [])):
            return node
        node = node.parent
    return None


def inside(node, root):
    """Whether node is root or one of its descendants. An object already
    gone (the dialog that just closed) counts as inside: not yet decided."""
    try:
        for _ in range(100):
            if node is None:
                return False
            if node == root:
                return True
            node = node.parent
    except Exception:
        return True
    return False


def run_to_question(focus, ring):
    """Right skips a phase, Enter ends the set under way: the exercise's
    last set ends within a few keys, and its question takes the focus."""
    for attempt in range(40):
        # Long enough for a loaded machine: Right over a question skips it.
        if wait_for(lambda: any(focus.on(q) for q in AFTER_SET), 1.5):
            return True
        # Enter stops a set only during its reps; elsewhere Right moves on.
        press('Return' if 'Rep ' in (ring.description or '') else 'Right')
    return False


def main():
    data = tempfile.TemporaryDirectory()
    focus = Focus()
    # No sound driver, on every machine: the session must say so.
    patella = start_demo(data.name, XDG_CACHE_HOME=data.name, CANBERRA_DRIVER='null')
    try:
        app = wait_for(find_app, 30)
        ok(app is not None, 'the app is on the accessibility bus')
        if app is None:
            return
        start = wait_for(lambda: [o for o in walk(app, []) if o.getRoleName() == 'push button'
                                  and 'start the session' in (o.description or '').lower()], 20, 1.0)
        ok(bool(start), "Today offers to start the day's session")
        if not start:
            return

        # By keyboard: the start button has the focus on Today; Enter. The
        # window may take a while to get the keyboard on a loaded machine;
        # failing that, Tab, one key at a time once the focus has settled.
        def start_focused():
            return start[0].getState().contains(pyatspi.STATE_FOCUSED)
        for _ in range(15):
            focus_window()
            if wait_for(start_focused, 1):
                break
        for _ in range(40):
            if start_focused():
                break
            before = focus.current
            press('Tab')
            wait_for(lambda: focus.current is not before, 5)
        ok(wait_for(lambda: start[0].getState().contains(pyatspi.STATE_FOCUSED), 10),
           'the start button has the focus')
        press('Return')
        ok(wait_for(lambda: focus.on(OPENING), 15),
           'the opening question takes the focus: %r' % (focus.names(),))
        ok(focus.role() == 'radio button' and focus.current.name == '0',
           'on its first number, 0: %r' % (focus.names(),))

        # 3: the exercise runs, and the focus goes to its progress.
        press('3')
        ok(wait_for(lambda: focus.on('Phase progress'), 10),
           'the phase takes the focus once the exercise runs: %r' % (focus.names(),))
        ring = focus.current if focus.on('Phase progress') else None
        if ring is None:
            return
        ok(ring.getRoleName() == 'progress bar', 'the ring is a progress bar')

        # Every control on the session screen says what it is, in words.
        root = session_root(first(walk(app, []), 'push button', 'Leave the Session'))
        ok(root is not None, 'the session screen holds the ring')
        nodes = walk(root or app, [])
        controls = [n for n in nodes if n.getRoleName() in CONTROL_ROLES
                    or n.getState().contains(pyatspi.STATE_FOCUSABLE)]
        ok(len(controls) >= 20, 'the session screen has its controls: %d' % len(controls))
        for control in controls:
            name = control.name or ''
            ok(name.strip() and not TOOLKIT_NAME.match(name) and '_' not in name,
               'a %s is named in words: %r' % (control.getRoleName(), name))
        for name in ['Leave the Session', 'Back', 'Pause', 'Skip', 'Stop This Set Here',
                     'My Knee Hurts', 'Self-Paced Reps', 'Mute Sound Cues', 'Full Screen']:
            ok(any(c.name == name for c in controls), 'a control is named %r' % name)

        # No sound: a line says so, and a reader can find it.
        ok(any(n.getRoleName() == 'label'
               and n.name == 'No sound device: cues are shown on screen only' for n in nodes),
           'the session says that no sound can play')

        # The ring's value follows the countdown (a reader gets it as the
        # description: GTK 4.8 gives values only to its own range widgets).
        before = ring.description
        after = wait_for(lambda: ring.description != before and ring.description, 10)
        ok(before and after and re.match(r'^\d+ seconds? left$', before)
           and re.match(r'^\d+ seconds? left$', after),
           'the ring counts down: %r, then %r' % (before, after))

        # Space pauses: the button says Resume; Space again, Pause.
        pause = first(controls, 'push button', 'Pause')
        press('space')
        ok(wait_for(lambda: pause.name == 'Resume', 5), 'Space pauses: the button is named %r'
           % pause.name)
        press('space')
        ok(wait_for(lambda: pause.name == 'Pause', 5), 'Space resumes: the button is named %r'
           % pause.name)

        # P: "my knee hurts", and the question takes the focus.
        press('p')
        ok(wait_for(lambda: focus.on(REPORT), 10),
           'P asks, and its question takes the focus: %r' % (focus.names(),))
        press('2')
        ok(wait_for(lambda: focus.on('Phase progress'), 10),
           'the answer gives the focus back to the phase: %r' % (focus.names(),))

        # The question after the exercise's last set.
        ok(run_to_question(focus, ring),
           'the question after the last set takes the focus: %r' % (focus.names(),))
        press('1')
        ok(wait_for(lambda: focus.on('Phase progress'), 10),
           'the answer gives the focus back to the phase: %r' % (focus.names(),))

        # Escape asks whether to leave; Tab to Leave, and Enter.
        press('Escape')
        ok(wait_for(lambda: focus.role() == 'push button'
                    and any('Stay' in n or 'Leave' in n for n in focus.names()), 10),
           'Escape asks whether to leave, with the focus on its answers: %r'
           % (focus.names(),))
        for _ in range(4):
            if 'Leave' in focus.names()[0]:
                break
            press('Tab')
            wait_for(lambda: 'Leave' in focus.names()[0], 5)
        press('Return')
        ok(wait_for(lambda: focus.current is not None and not inside(focus.current, root)
                    and focus.names()[0], 10),
           'Enter leaves the session, and the focus goes to a named control: %r'
           % (focus.names(),))
        ok(patella.poll() is None, 'the app is still running (no critical warning)')
    finally:
        pyatspi.Registry.deregisterEventListener(focus.changed, 'object:state-changed:focused')
        patella.terminate()
        patella.wait(10)
        data.cleanup()


run(main)
