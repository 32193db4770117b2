#!/usr/bin/python3
# test-today-atspi.py: Today, the diary and the questionnaire as a screen reader gets them
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `patella --demo` and, by keyboard alone (xdotool), logs today's pain
# from the Today page and edits a day in the diary, reading over AT-SPI
# what Orca would: the pain scales are radio buttons and the chosen number
# is checked and focused, the chips are check boxes, every control has a
# name of its own words (not a toolkit type), headings exist, and after
# Save the focus is back where the edit started. Under an X server
# (xvfb-run), it starts a session bus of its own:
#   tests/test-today-atspi.py _build/src/patella
# Prints TAP, with a skip plan when pyatspi is not installed.
import faulthandler
import os
import re
import subprocess
import sys
import tempfile
import time

# The test environment makes every GLib warning fatal; a warning inside
# the AT-SPI client library (a node gone while it is read) must not kill
# the reader. The app keeps fatal criticals (below).
os.environ.pop('G_DEBUG', None)

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    print('1..0 # SKIP pyatspi is not installed (python3-pyatspi)')
    sys.exit(0)

# The shared helpers beside this script; no bytecode left in the sources.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_util import find_app, ok, press, run, start_demo, stop_app, wait_for  # noqa: E402

# Roles a user operates, which must each say what they are.
CONTROLS = {'push button', 'toggle button', 'check box', 'radio button', 'page tab',
            'list item', 'text', 'entry', 'combo box', 'slider', 'spin button'}


def walk(node, out, showing_only=True):
    """Every visible node under node. A node may go away while it is read
    (a toast ends, a list row is bound again): it is left out."""
    out.append(node)
    try:
        children = [c for c in node if c is not None]
    except GLib.GError:
        return out
    for child in children:
        try:
            if showing_only and not child.getState().contains(pyatspi.STATE_VISIBLE):
                continue
            child.getRoleName()
        except GLib.GError:
            continue
        walk(child, out, showing_only)
    return out


def role(node):
    try:
        return node.getRoleName()
    except GLib.GError:
        return ''


def window_named(app, pattern):
    try:
        for win in app:
            if win is not None and re.match(pattern, win.name or ''):
                return win
    except GLib.GError:
        pass
    return None


def focused(root):
    for node in walk(root, []):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except GLib.GError:
            continue
    return None


def focus_x_window(title_regex):
    # No window manager under Xvfb: a new dialog does not get the keyboard
    # by itself, so give it the X focus as a window manager would.
    subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', title_regex,
                    'windowfocus', '--sync'], check=False, timeout=20)


def tab_until(root, predicate, limit=80, key='Tab'):
    for _ in range(limit):
        node = focused(root)
        if node is not None and predicate(node):
            return node
        press(key)
        time.sleep(0.05)
    node = focused(root)
    return node if node is not None and predicate(node) else None


def check_names(root, where):
    nameless = []
    for node in walk(root, []):
        try:
            state = node.getState()
            if node.getRoleName() not in CONTROLS or not state.contains(pyatspi.STATE_FOCUSABLE):
                continue
            name = (node.name or '').strip()
        except GLib.GError:
            continue
        # A toolkit's type name, or GTK 4.8's doubled "_Save Save".
        if (not name or re.match(r'^(Gtk|Adw|Patella)[A-Z]', name)
                or re.search(r'(^|\s)_\w', name)):
            nameless.append('%s %r' % (node.getRoleName(), name))
    ok(not nameless, '%s: every control has a name in words %s' % (where, nameless[:5]))


# The titles of Today's and the diary's stack pages: GTK 4.8 shows a
# stack page as a panel named after its title.
PAGE_TITLES = ('Today', 'Pain Diary')


def page_of(root, predicate):
    """The stack page that holds the first node matching predicate."""
    for node in walk(root, []):
        if predicate(node):
            while node is not None and not (role(node) == 'panel' and node.name in PAGE_TITLES):
                node = node.parent
            return node
    return None


def headings(root):
    return [n.name for n in walk(root, []) if role(n) == 'heading']


def group_of(node):
    parent = node.parent
    return parent.name if parent is not None else ''


def choose_score(dialog, group_prefix, digit):
    """Tabs to the scale whose group name starts with group_prefix, types the
    digit, and returns the focused object afterwards."""
    node = tab_until(dialog, lambda n: role(n) == 'radio button'
                     and group_of(n).startswith(group_prefix))
    ok(node is not None, 'Tab reaches the %r scale, a group of radio buttons' % group_prefix)
    if node is None:
        return None
    ok(group_of(node).endswith('0 to 10'), 'the scale says its range: %r' % group_of(node))
    press(digit)
    return wait_for(lambda: (lambda f: f if f is not None and f.name == digit
                             and f.getState().contains(pyatspi.STATE_CHECKED) else None)
                    (focused(dialog)), 5)


def save_dialog(app, dialog):
    save = tab_until(dialog, lambda n: role(n) == 'push button' and n.name == 'Save')
    ok(save is not None, 'Tab reaches Save')
    press('Return')
    return wait_for(lambda: window_named(app, r'^(Log Pain|Edit Entry)$') is None, 10)


def main_window(app):
    return window_named(app, r'^Patella')


def test_today(app):
    win = main_window(app)
    tab = [o for o in walk(win, []) if role(o) == 'page tab' and o.name == 'Today']
    ok(bool(tab), 'Today is a page tab')
    tab[0].queryAction().doAction(0)
    time.sleep(1)
    page = page_of(win, lambda n: role(n) == 'heading' and n.name == 'Knee Pain Today')
    ok(page is not None, 'Today has the pain card\'s heading')
    if page is None:
        return
    found = headings(page)
    ok(len(found) >= 2, 'Today has headings: %s' % found)
    check_names(page, 'Today')

    button = tab_until(win, lambda n: role(n) == 'push button'
                       and n.name in ('Log today’s pain', 'Edit today’s pain entry'))
    ok(button is not None, 'Tab reaches the pain card\'s button, named in words')
    if button is None:
        return
    press('Return')
    dialog = wait_for(lambda: window_named(app, r'^(Log Pain|Edit Entry)$'), 10)
    ok(dialog is not None, 'Return opens the entry dialog')
    if dialog is None:
        return
    focus_x_window('^(Log Pain|Edit Entry)$')
    check_names(dialog, 'the entry dialog')
    ok(len(headings(dialog)) >= 3, 'the dialog\'s questions are headings: %s' % headings(dialog))

    chips = [n for n in walk(dialog, []) if n.name == 'Stairs']
    ok(chips and chips[0].getRoleName() == 'check box',
       'the chips are check boxes: %s' % [c.getRoleName() for c in chips])

    usual = choose_score(dialog, 'Usual pain', '6')
    ok(usual is not None and usual.getRoleName() == 'radio button',
       'typing 6 focuses and checks the 6, a radio button')
    worst = choose_score(dialog, 'Worst pain', '8')
    ok(worst is not None, 'typing 8 on the worst scale focuses and checks the 8')
    radios = [n for n in walk(dialog, []) if role(n) == 'radio button'
              and n.getState().contains(pyatspi.STATE_CHECKED)]
    ok(sorted(n.name for n in radios) == ['6', '8'],
       'exactly one number is checked on each scale: %s' % [n.name for n in radios])

    stairs = tab_until(dialog, lambda n: n.name == 'Stairs')
    if stairs is not None:
        was = stairs.getState().contains(pyatspi.STATE_CHECKED)
        press('space')
        ok(wait_for(lambda: stairs.getState().contains(pyatspi.STATE_CHECKED) != was, 5),
           'Space on a chip changes its checked state')

    ok(save_dialog(app, dialog), 'Save closes the dialog')
    focus_x_window('^Patella')
    summary = wait_for(lambda: [n for n in walk(win, []) if n.name == 'Usual pain 6, worst pain 8'],
                       10)
    ok(bool(summary), 'the card shows the saved entry')
    back = wait_for(lambda: (lambda f: f if f is not None
                             and f.name == 'Edit today’s pain entry' else None)(focused(win)), 10)
    ok(back is not None, 'after Save the focus is back on the card\'s button: %r'
       % (focused(win).name if focused(win) is not None else None))


def test_diary(app):
    win = main_window(app)
    tab = [o for o in walk(win, []) if role(o) == 'page tab' and o.name == 'Pain Diary']
    ok(bool(tab), 'Pain Diary is a page tab')
    tab[0].queryAction().doAction(0)
    rows = wait_for(lambda: [n for n in walk(win, []) if role(n) == 'list item'
                             and 'usual pain' in (n.name or '')], 20, 1.0)
    ok(bool(rows), 'diary rows are named with their summary: %r' % (rows[0].name if rows else None))
    page = page_of(win, lambda n: role(n) == 'list' and n.name == 'Pain diary')
    ok(page is not None, 'the diary list is named')
    if page is None:
        return
    check_names(page, 'Diary')
    ok(len(headings(page)) >= 2, 'each diary day is a heading: %s' % headings(page)[:3])

    row = tab_until(win, lambda n: role(n) == 'list item'
                    and (n.name or '').startswith('Yesterday') is False
                    and 'usual pain' in (n.name or ''))
    ok(row is not None, 'Tab reaches a diary row')
    if row is None:
        return
    press('Down')
    row = wait_for(lambda: (lambda f: f if f is not None and f.getRoleName() == 'list item'
                            else None)(focused(win)), 5)
    day = (row.name or '').split(':')[0] if row is not None else ''
    press('Return')
    dialog = wait_for(lambda: window_named(app, r'^Edit Entry$'), 10)
    ok(dialog is not None, 'Return on a row opens Edit Entry')
    if dialog is None:
        return
    focus_x_window('^Edit Entry$')
    worst = choose_score(dialog, 'Worst pain', '9')
    ok(worst is not None, 'the worst scale takes a typed 9')
    ok(save_dialog(app, dialog), 'Save closes Edit Entry')
    focus_x_window('^Patella')
    back = wait_for(lambda: (lambda f: f if f is not None and f.getRoleName() == 'list item'
                             and (f.name or '').startswith(day + ':')
                             and 'worst pain 9' in f.name else None)(focused(win)), 10)
    ok(back is not None, 'after Save the focus is back on the edited row (%s): %r'
       % (day, focused(win).name if focused(win) is not None else None))


def test_kujala(app):
    win = main_window(app)
    tab = [o for o in walk(win, []) if role(o) == 'page tab' and o.name == 'Today']
    tab[0].queryAction().doAction(0)
    time.sleep(1)
    answer = [n for n in walk(win, []) if role(n) == 'push button'
              and n.name in ('Answer', 'Answer Again')]
    ok(bool(answer), 'Today offers the questionnaire')
    if not answer:
        return
    answer[0].queryAction().doAction(0)
    kujala = wait_for(lambda: window_named(app, r'^Knee Questionnaire$'), 10)
    ok(kujala is not None, 'the questionnaire opens')
    if kujala is None:
        return
    focus_x_window('^Knee Questionnaire$')
    time.sleep(0.5)
    found = [h for h in headings(kujala)]
    ok(len(found) >= 3 and found[0].startswith('1.'), 'its questions are headings: %s' % found[:3])
    check_names(kujala, 'the questionnaire')

    # Each choice is one Tab stop: the radio button, never its row as well.
    stops = []
    for _ in range(8):
        press('Tab')
        time.sleep(0.1)
        node = focused(kujala)
        stops.append((node.getRoleName(), node.name) if node is not None else None)
    ok(not [s for s in stops if s and s[0] == 'list item'],
       'no row takes a Tab stop of its own: %s' % stops)
    doubled = [s for s in stops if s and s[1] and re.match(r'^(.+) \1$', s[1])]
    ok(not doubled, 'no choice says its name twice: %s' % doubled)
    radios = [s for s in stops if s and s[0] == 'radio button']
    ok(len(radios) >= 3, 'the choices are radio buttons: %s' % radios[:3])
    press('Escape')


def main():
    # A stuck D-Bus call shows where it is stuck, well before meson's timeout.
    faulthandler.dump_traceback_later(200, exit=True)
    data = tempfile.TemporaryDirectory()
    patella = start_demo(data.name)
    try:
        app = wait_for(find_app, 30)
        ok(app is not None, 'the app is on the accessibility bus')
        if app is None:
            return
        ok(wait_for(lambda: main_window(app), 20) is not None, 'the main window is shown')
        focus_x_window('^Patella')
        test_today(app)
        test_diary(app)
        test_kujala(app)
        ok(patella.poll() is None, 'the app is still running (no critical warning)')
    finally:
        stop_app(patella)
        data.cleanup()


run(main)
