#!/usr/bin/python3
# test-atspi-walk.py: every control a screen reader reaches has a name
#
# Copyright 2026 The Patella authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs `patella --demo` and, as Orca would, reads the accessibility tree
# over AT-SPI: the three pages (shown with Alt+1, Alt+2, Alt+3) and every
# dialog reachable from the main menu and the pages. It fails listing each
# control on screen whose name is empty or a toolkit class name
# ("GtkScale", "AdwGizmo", "PatellaPainForm", a bare "panel"), which is
# what Orca speaks when nothing better is set. It also checks that Alt+3
# leaves the focus on something named. Under an X server (xvfb-run), it
# starts a session bus of its own:  tests/test-atspi-walk.py _build/src/patella
# Prints TAP, with a skip plan when pyatspi is not installed.
import datetime
import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print('1..0 # SKIP pyatspi is not installed (python3-pyatspi)')
    sys.exit(0)

count = 0
failed = 0

# Roles a user can land on or operate: each needs a name of its own.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'switch', 'entry', 'text',
    'password text', 'spin button', 'slider', 'scroll bar', 'list item', 'page tab',
    'menu item', 'check menu item', 'radio menu item', 'combo box', 'progress bar', 'link',
    'tree item', 'image map',
}
# Containers are spoken when focus enters them, so one that takes the focus
# (or a stack page, which Orca announces as "panel") needs a name too.
CONTAINER_ROLES = {'panel', 'filler', 'scroll pane', 'list', 'list box', 'grouping', 'section',
                   'page tab list', 'tool bar', 'menu', 'popup menu', 'dialog', 'frame'}
TOOLKIT_NAME = re.compile(r'^(Gtk|Adw|Patella)[A-Z][A-Za-z]*$')

# libadwaita 1.2 objects the app cannot name. Each entry: (role, name, why).
ALLOWED = [
    # AdwViewSwitcherBar at a wide size: the bar is hidden but its buttons
    # keep a size of zero; they are not shown, and this rule never sees
    # them. Nothing else is on this list: keep it that way.
]


def ok(condition, what):
    global count, failed
    count += 1
    if not condition:
        failed += 1
    print(('ok' if condition else 'not ok') + ' %d - %s' % (count, what))
    sys.stdout.flush()


def diag(text):
    for line in text.splitlines():
        print('# ' + line)
    sys.stdout.flush()


def wait_for(predicate, seconds=10.0, pause=0.2):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(pause)
    return predicate()


def safe(call, default=None):
    try:
        return call()
    except Exception:  # an object that went away mid-walk
        return default


def extents(node):
    def get():
        e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        return (e.x, e.y, e.width, e.height)
    return safe(get)


def on_screen(node):
    """GTK 4.8 marks every widget VISIBLE and none SHOWING: what is really
    drawn has a size. A stack page has no extents of its own: its child's."""
    box = extents(node)
    if box is None and safe(lambda: node.childCount, 0) > 0:
        box = extents(node[0])
    return box is not None and box[2] > 0 and box[3] > 0


def describe(node):
    return '%s %r' % (safe(node.getRoleName, '?'), safe(lambda: node.name, '?'))


def walk(node, path, out):
    """Yields (node, path) for everything on screen under node."""
    if not on_screen(node):
        return out
    out.append((node, path))
    label = describe(node)
    for child in safe(lambda: list(node), []):
        if child is not None:
            walk(child, path + [label], out)
    return out


def is_bad_name(name):
    name = (name or '').strip()
    return name == '' or TOOLKIT_NAME.match(name) is not None or name.lower() in ('panel', 'filler')


def allowed(node):
    return any(safe(node.getRoleName) == role and node.name == name for role, name, _ in ALLOWED)


def findings(root):
    found = []
    for node, path in walk(root, [], []):
        role = safe(node.getRoleName, '')
        name = safe(lambda: node.name, '')
        state = safe(node.getState)
        focusable = state is not None and state.contains(pyatspi.STATE_FOCUSABLE)
        checked = (role in CONTROL_ROLES
                   or (role in CONTAINER_ROLES and (focusable or name == 'GtkStackPage')))
        if checked and is_bad_name(name) and not allowed(node):
            # The path names the nearest named ancestors: enough to find it.
            named = [p for p in path if not p.endswith("''")]
            found.append('%s  (in: %s)' % (describe(node), ' > '.join(named[-3:])))
    return found


def audit(root, where):
    found = findings(root)
    ok(not found, '%s: every control on screen has a name' % where)
    if found:
        diag('%d unnamed on %s:\n  %s' % (len(found), where, '\n  '.join(found)))
    return found


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and safe(lambda: app.name.lower(), '').startswith('patella'):
            return app
    return None


def find(root, role, name_match):
    for node, _ in walk(root, [], []):
        if safe(node.getRoleName) == role and name_match(safe(lambda: node.name, '') or ''):
            return node
    return None


def press(name):
    subprocess.run(['xdotool', 'key', '--clearmodifiers', name], check=True)


def activate(node):
    node.queryAction().doAction(0)


def toplevels(app):
    return [w for w in safe(lambda: list(app), []) if w is not None and on_screen(w)]


def main_window(app):
    return next((w for w in toplevels(app) if w.name == 'Patella'), None)


def open_window(app, trigger):
    """Runs trigger, then returns the window it opened."""
    before = set(safe(lambda: w.name, '') + str(extents(w)) for w in toplevels(app))
    trigger()

    def opened():
        new = [w for w in toplevels(app)
               if safe(lambda: w.name, '') + str(extents(w)) not in before]
        return new[-1] if new else None
    return wait_for(opened, 10)


def close_window(app, window):
    """Closes a dialog with its own Cancel or Close button, as a user would."""
    for label in ('Cancel', '_Cancel', 'Close', '_Close'):
        button = find(window, 'push button', lambda n: n == label or n.startswith(label + ' '))
        if button is not None:
            activate(button)
            if wait_for(lambda: not on_screen(window), 5):
                return True
    return False


def menu_item(app, label):
    """Opens the main menu and returns its item called label."""
    window = main_window(app)
    menu = find(window, 'push button', lambda n: n == 'Main Menu'
                and safe(lambda: True))
    buttons = [node for node, _ in walk(window, [], [])
               if safe(node.getRoleName) == 'push button' and node.name == 'Main Menu'
               and node.getState().contains(pyatspi.STATE_FOCUSABLE)]
    if buttons:
        menu = buttons[0]
    activate(menu)
    return wait_for(lambda: next((n for w in toplevels(app) for n, _ in walk(w, [], [])
                                  if safe(n.getRoleName, '').endswith('menu item')
                                  and n.name.replace('_', '') == label), None), 5)


def check_dialog(app, where, trigger, inside=None):
    window = open_window(app, trigger)
    ok(window is not None, '%s opens' % where)
    if window is None:
        return []
    # Rows and counts arrive after the window maps.
    time.sleep(1.0)
    found = audit(window, where)
    if inside is not None:
        found += inside(window)
    closed = close_window(app, window)
    ok(closed, '%s closes with its Cancel or Close button' % where)
    return found


def make_backup(patella, env):
    """A real, empty diary in the backups folder, so Restore from Backup
    shows its list rather than "No Backups Yet"."""
    folder = os.path.join(env['XDG_DATA_HOME'], 'patella', 'backups')
    os.makedirs(folder, mode=0o700)
    today = datetime.date.today().isoformat()
    path = os.path.join(folder, 'patella-%s.db' % today)
    out = tempfile.mkdtemp()
    subprocess.run([patella, '--database', path, '--create', '--export-csv', out], env=env,
                   check=True, stdout=subprocess.DEVNULL)


def on_own_bus():
    """Runs this script again under dbus-run-session, passing on only TAP:
    the accessibility registry it starts writes to the same stdout."""
    env = dict(os.environ, PATELLA_ATSPI_OWN_BUS='1')
    child = subprocess.Popen(['dbus-run-session', '--', sys.executable] + sys.argv,
                             env=env, stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        if line.startswith(('ok ', 'not ok ', '1..', '#')):
            print(line, end='', flush=True)
    return child.wait()


def walk_pages(app):
    window = main_window(app)
    for key, page in (('alt+1', 'Today'), ('alt+2', 'Pain Diary'), ('alt+3', 'Progress')):
        press(key)
        tab = wait_for(lambda: find(window, 'page tab', lambda n: n == page), 5)
        wait_for(lambda: tab.getState().contains(pyatspi.STATE_SELECTED), 5)
        time.sleep(1.0)
        audit(window, 'the %s page' % page)
        if page == 'Progress':
            focused = wait_for(lambda: next((n for n, _ in walk(window, [], [])
                                             if n.getState().contains(pyatspi.STATE_FOCUSED)),
                                            None), 5)
            ok(focused is not None and not is_bad_name(focused.name),
               'Alt+3 leaves the focus on something named: %s'
               % (describe(focused) if focused else 'nothing'))


def walk_dialogs(app):
    window = main_window(app)

    press('alt+1')
    time.sleep(1.0)
    for label in ('Preferences', 'Keyboard Shortcuts', 'About Patella', 'Restore from Backup…'):
        check_dialog(app, label, lambda: activate(menu_item(app, label)))

    # From Preferences, the set-up assistant.
    def first_run():
        prefs = open_window(app, lambda: activate(menu_item(app, 'Preferences')))
        button = find(prefs, 'push button', lambda n: 'Set Up' in n)
        return prefs, button
    prefs, button = first_run()
    if button is not None:
        check_dialog(app, 'the set-up assistant', lambda: activate(button))
    close_window(app, prefs)

    edit = find(window, 'push button', lambda n: 'Edit Plan' in n)
    ok(edit is not None, 'Today has an Edit Plan button')
    if edit is not None:
        check_dialog(app, 'the plan editor', lambda: activate(edit))

    answer = find(window, 'push button', lambda n: n.replace('_', '').startswith('Answer'))
    if answer is not None:
        check_dialog(app, 'the knee questionnaire', lambda: activate(answer))

    how_to = find(window, 'push button', lambda n: n.startswith('How to'))
    if how_to is not None:
        check_dialog(app, 'the how-to sheet', lambda: activate(how_to))

    press('alt+2')
    time.sleep(1.0)
    log = wait_for(lambda: find(window, 'push button', lambda n: 'Log a Past Day' in n), 5)
    ok(log is not None, 'the diary has a Log a Past Day button')
    if log is not None:
        def calendar(dialog):
            day = find(dialog, 'push button', lambda n: 'Choose the Day' in n
                       or 'Day' in n)
            return []
        check_dialog(app, 'Log a Past Day', lambda: activate(log), calendar)

    row = find(window, 'list item', lambda n: True)
    edit_entry = row and find(row, 'push button', lambda n: 'Edit' in n)
    if edit_entry is not None:
        check_dialog(app, 'Edit Entry', lambda: activate(edit_entry))
    elif row is not None:
        check_dialog(app, 'Edit Entry', lambda: activate(row))


def main():
    data = tempfile.TemporaryDirectory()
    env = dict(os.environ, XDG_DATA_HOME=data.name, XDG_CONFIG_HOME=data.name,
               XDG_STATE_HOME=data.name, GSK_RENDERER='cairo', G_DEBUG='fatal-criticals')
    # The test environment turns accessibility off for every other test.
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    make_backup(sys.argv[1], env)
    patella = subprocess.Popen([sys.argv[1], '--demo'], env=env)
    try:
        app = wait_for(find_app, 30)
        ok(app is not None, 'the app is on the accessibility bus')
        if app is None:
            return
        wait_for(lambda: main_window(app) and find(main_window(app), 'page tab',
                                                  lambda n: n == 'Progress'), 20, 1.0)
        walk_pages(app)
        walk_dialogs(app)
        ok(patella.poll() is None, 'the app is still running (no critical warning)')
    finally:
        patella.terminate()
        patella.wait(10)
        data.cleanup()


if 'PATELLA_ATSPI_OWN_BUS' not in os.environ:
    sys.exit(on_own_bus())
main()
print('1..%d' % count)
sys.exit(1 if failed else 0)
