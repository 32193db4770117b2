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
# what Orca speaks when nothing better is set, and each name GTK 4.8 reads
# with a mnemonic's underscore ("_Program Program") or twice over ("Sets
# Sets"); the main menu's items too. It also checks that Alt+3
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

# No bytecode left in the sources.
sys.dont_write_bytecode = True
from atspi_util import find_app, ok, press, run, start_app, stop_app, wait_for  # noqa: E402

# Roles a user can land on or operate: each needs a name of its own.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'switch', 'entry', 'text',
    'password text', 'spin button', 'slider', 'list item', 'page tab', 'menu item',
    'check menu item', 'radio menu item', 'combo box', 'progress bar', 'link', 'tree item',
    'calendar', 'date editor',
}
# Containers Orca names as focus enters them: a toolkit name there is
# spoken ("GtkStackPage panel"); an empty one is skipped, unless the
# container itself is where the focus lands. Fillers (GTK 4.8 names every
# plain widget after its type) are not spoken, so not checked.
CONTAINER_ROLES = {'panel', 'scroll pane', 'list', 'list box', 'grouping', 'section',
                   'page tab list', 'tool bar', 'menu', 'popup menu', 'dialog', 'frame',
                   'table', 'tree', 'tree table', 'viewport'}
TOOLKIT_NAME = re.compile(r'^(Gtk|Adw|Patella)[A-Z][A-Za-z]*$')
# GTK 4.8 names a button with a mnemonic from its label property and again
# from the label inside it: Orca reads "underscore Program Program". A word
# that starts with an underscore is that doubling, whatever the role.
MNEMONIC = re.compile(r'(^|\s)_\w')


def doubled(name):
    """Whether a name ends with the same words twice, as GTK 4.8 reads a
    widget given a name and also labelled by its own title
    ("How to do Clamshell Clamshell", "Save Save")."""
    words = name.replace('_', '').lower().split()
    return any(words[-k:] == words[-2 * k:-k] for k in range(1, len(words) // 2 + 1))

# What the app cannot name: toolkit-private objects of GTK 4.8 and
# libadwaita 1.2, reachable through no public API (reaching into their
# private children would break with any update). Each entry is (role,
# name, where: a regular expression over the path of named ancestors, why).
ALLOWED = [
    ('page tab list', 'AdwViewSwitcher', r"filler 'AdwSqueezer'$|filler 'GtkActionBar'$",
     'the private view switcher inside AdwViewSwitcherTitle and AdwViewSwitcherBar; its '
     'tabs carry the page names'),
    ('panel', 'GtkStackPage', r"page tab '[^']+'$",
     'AdwViewSwitcherButton keeps its wide and narrow layouts in a private GtkStack '
     'whose pages have no title'),
    ('panel', 'GtkStackPage', r"filler 'AdwLeaflet'$",
     "the private content stack of AdwPreferencesWindow and AdwAboutWindow"),
    ('list', 'GtkListView', r"combo box '[^']+'$",
     "AdwComboRow's private popover list"),
    ('list item', '', r"combo box '[^']+' > list 'GtkListView'$",
     "AdwComboRow's popover items: naming a list item needs "
     "gtk_list_item_set_accessible_label (GTK 4.12)"),
    ('push button', 'GtkImage', r"^frame 'Keyboard Shortcuts'",
     "GtkShortcutsWindow's private icon-only search button"),
    ('panel', 'GtkStackPage', r"^frame 'Keyboard Shortcuts'",
     "GtkShortcutsWindow's private stack of the section and its search results; the "
     "section's own page takes its title"),
    # The calendar itself is named "Day to log" by the app.
    ('push button', 'GtkImage', r"filler '(GtkCalendar|Day to log)'$",
     "GtkCalendar's private month and year arrows (GTK 4.8)"),
    ('panel', 'GtkStackPage', r"filler '(GtkCalendar|Day to log)'$",
     "GtkCalendar's private stack of month names (GTK 4.8)"),
    ('panel', '_1', r"^frame 'Keyboard Shortcuts'",
     "GtkShortcutsSection titles its private pages \"_1\", \"_2\"… for the mnemonics of "
     "its page switcher (GTK 4.8); the section has one page and no switcher is shown"),
    ('push button', 'GtkButton', r"^frame 'About'",
     "AdwAboutWindow's private buttons (its rows' link buttons)"),
    ('list', 'GtkListBox', r"^frame 'About'",
     "AdwAboutWindow's private boxed lists"),
]


def diag(text):
    for line in text.splitlines():
        print('# ' + line)
    sys.stdout.flush()


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


# The pages of the main window, as GTK 4.8 names them after their types.
# A page that was shown keeps its last size after it is hidden, so a
# page's walk leaves the other two out by name.
PAGES = {'Today': 'PatellaTodayPage', 'Pain Diary': 'PatellaDiaryPage',
         'Progress': 'PatellaProgressPage'}


def walk(node, path, out, skip=()):
    """Returns [(node, path)] for everything on screen under node, leaving
    out subtrees named in skip; a path lists the ancestors as "role 'name'"."""
    if not on_screen(node) or safe(lambda: node.name) in skip:
        return out
    out.append((node, path))
    label = describe(node)
    for child in safe(lambda: list(node), []):
        if child is not None:
            walk(child, path + [label], out, skip)
    return out


def is_bad_name(name):
    name = (name or '').strip()
    return name == '' or TOOLKIT_NAME.match(name) is not None or name.lower() in ('panel', 'filler')


def named_path(path):
    return ' > '.join(p for p in path if not p.endswith("''"))


def allowed(role, name, path):
    where = named_path(path)
    return any(role == r and name == n and re.search(w, where) for r, n, w, _ in ALLOWED)


def focusable(node):
    state = safe(node.getState)
    return state is not None and state.contains(pyatspi.STATE_FOCUSABLE)


def named_focusable_ancestor(nodes, i):
    """Whether a named container that takes the focus holds nodes[i]: an
    app wraps a toolkit part that cannot be named (and cannot take the
    focus, which AT-SPI does not say) in one it names."""
    depth = len(nodes[i][1])
    for node, path in reversed(nodes[:i]):
        if len(path) < depth:
            depth = len(path)
            if (safe(node.getRoleName) in CONTAINER_ROLES and focusable(node)
                    and not is_bad_name(safe(lambda: node.name, ''))):
                return True
    return False


def findings(root, skip=()):
    found = []
    nodes = walk(root, [], [], skip)
    for i, (node, path) in enumerate(nodes):
        role = safe(node.getRoleName, '')
        name = safe(lambda: node.name, '') or ''
        if role in CONTROL_ROLES:
            bad = is_bad_name(name)
        elif role in CONTAINER_ROLES:
            # A focusable container with nothing focusable inside is where
            # the focus lands: it needs a name like a control.
            # Depth first: its descendants are the deeper nodes that follow.
            end = i + 1
            while end < len(nodes) and len(nodes[end][1]) > len(path):
                end += 1
            lands = (focusable(node) and not any(focusable(n) for n, _ in nodes[i + 1:end])
                     and not named_focusable_ancestor(nodes, i))
            bad = TOOLKIT_NAME.match(name.strip()) is not None or (lands and is_bad_name(name))
        else:
            bad = False
        bad = bad or MNEMONIC.search(name) is not None or doubled(name)
        if bad and not allowed(role, name, path):
            # The path names the nearest named ancestors: enough to find it.
            where = named_path(path).split(' > ')
            found.append('%s  (in: %s)' % (describe(node), ' > '.join(where[-3:])))
    return found


def audit(root, where, skip=()):
    found = findings(root, skip)
    ok(not found, '%s: every control on screen has a name' % where)
    if found:
        diag('%d unnamed on %s:\n  %s' % (len(found), where, '\n  '.join(found)))
    return found


def find(root, role, name_match):
    for node, _ in walk(root, [], []):
        if safe(node.getRoleName) == role and name_match(safe(lambda: node.name, '') or ''):
            return node
    return None


def activate(node):
    """Does what a click would; a menu button's click is on its inner button."""
    for candidate in [node] + [n for n, _ in walk(node, [], [])]:
        action = safe(candidate.queryAction)
        if action is not None and action.nActions > 0:
            action.doAction(0)
            return


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
    """Closes a dialog with its own Cancel, Close or Skip button, as a user would."""
    for label in ('Cancel', 'Close', 'Skip'):
        button = find(window, 'push button',
                      lambda n: n.replace('_', '').split(' ')[0] == label)
        if button is not None:
            activate(button)
            if wait_for(lambda: not on_screen(window), 5):
                return True
    return False


def menu_item(app, label):
    """Opens the main menu and returns its item called label."""
    window = main_window(app)
    button = next((n for n, _ in walk(window, [], []) if safe(n.getRoleName) == 'push button'
                   and n.name == 'Main Menu' and focusable(n)), None)
    activate(button)
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
    ok(closed, '%s closes with its own button' % where)
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


def walk_pages(app):
    window = main_window(app)
    for key, page in zip(('alt+1', 'alt+2', 'alt+3'), PAGES):
        press(key)
        tab = wait_for(lambda: find(window, 'page tab', lambda n: n == page), 5)
        wait_for(lambda: tab.getState().contains(pyatspi.STATE_SELECTED), 5)
        time.sleep(1.0)
        audit(window, 'the %s page' % page,
              skip=[widget for name, widget in PAGES.items() if name != page])
        if page == 'Progress':
            check_progress_focus(window)


def check_progress_focus(window):
    """Alt+3 leaves the focus on the page's first control, named."""
    def focused():
        return next(((n, p) for n, p in walk(window, [], [])
                     if n.getState().contains(pyatspi.STATE_FOCUSED)), None)
    node, path = wait_for(focused, 5) or (None, [])
    inside = any(PAGES['Progress'] in p for p in path)
    ok(node is not None and inside and not is_bad_name(node.name),
       'Alt+3 leaves the focus on something named in Progress: %s (in: %s)'
       % (describe(node) if node else 'nothing', named_path(path)))


def check_main_menu(app):
    """The main menu's items, read as the menu opens: named once each."""
    first = menu_item(app, 'Preferences')
    items = [n for w in toplevels(app) for n, _ in walk(w, [], [])
             if safe(n.getRoleName, '').endswith('menu item')]
    bad = [describe(n) for n in items
           if is_bad_name(safe(lambda: n.name, '')) or MNEMONIC.search(safe(lambda: n.name, ''))]
    ok(first is not None and items and not bad,
       'the main menu: every item has a name of its own (%d items)' % len(items))
    if bad:
        diag('%d badly named in the main menu:\n  %s' % (len(bad), '\n  '.join(bad)))
    press('Escape')
    wait_for(lambda: not any(on_screen(n) for n in items), 5)


def walk_dialogs(app):
    window = main_window(app)

    press('alt+1')
    time.sleep(1.0)
    check_main_menu(app)
    for label in ('Preferences', 'Keyboard Shortcuts', 'About Patella', 'Restore from Backup…'):
        check_dialog(app, label, lambda: activate(menu_item(app, label)))

    # From Preferences, the set-up assistant.
    prefs = open_window(app, lambda: activate(menu_item(app, 'Preferences')))
    button = prefs and find(prefs, 'push button', lambda n: 'set up' in n.lower())
    ok(button is not None, 'Preferences has a Set Up button')
    if button is not None:
        check_dialog(app, 'the set-up assistant', lambda: activate(button))
    if prefs is not None:
        close_window(app, prefs)

    edit = find(window, 'push button', lambda n: 'Edit Plan' in n)
    ok(edit is not None, 'Today has an Edit Plan button')
    if edit is not None:
        check_dialog(app, 'the plan editor', lambda: activate(edit))

    answer = find(window, 'push button', lambda n: n.replace('_', '').startswith('Answer'))
    ok(answer is not None, 'Today has the questionnaire\'s Answer button')
    if answer is not None:
        check_dialog(app, 'the knee questionnaire', lambda: activate(answer))

    press('alt+2')
    time.sleep(1.0)
    log = wait_for(lambda: find(window, 'push button', lambda n: 'Log a Past Day' in n), 5)
    ok(log is not None, 'the diary has a Log a Past Day button')
    if log is not None:
        def calendar(dialog):
            day = find(dialog, 'push button', lambda n: n.startswith('Day: '))
            ok(day is not None, 'the day chooser is named after its day: %r'
               % (day.name if day else None))
            if day is None:
                return []
            before = findings(dialog)
            activate(day)
            time.sleep(1.0)
            # Only what the calendar adds: the rest was reported above.
            found = [f for f in findings(dialog) if f not in before]
            ok(not found, 'the calendar of Log a Past Day: every control on screen has a name')
            if found:
                diag('%d unnamed in the calendar:\n  %s' % (len(found), '\n  '.join(found)))
            activate(day)
            time.sleep(0.5)
            return found
        check_dialog(app, 'Log a Past Day', lambda: activate(log), calendar)

    # A day of the diary opens for editing with Enter, as with the mouse:
    # Tab to the first day, as the keyboard does.
    diary = find(window, 'list', lambda n: n == 'Pain diary')
    ok(diary is not None, 'the diary lists days')
    row = diary and find(diary, 'list item', lambda n: n != '')
    if row is not None:
        check_dialog(app, 'Edit Entry', lambda: open_row(row),
                     lambda dialog: check_discard_question(app, dialog))


def check_discard_question(app, dialog):
    """A change, then Cancel: the question it asks (an AdwMessageDialog,
    whose buttons libadwaita makes) is read too. Keep Editing, and the
    change undone, leave the entry to close as it came."""
    chip = find(dialog, 'check box', lambda n: n == 'Stairs')
    cancel = find(dialog, 'push button', lambda n: n.replace('_', '') == 'Cancel')
    ok(chip is not None and cancel is not None, 'Edit Entry has a Stairs chip and Cancel')
    if chip is None or cancel is None:
        return []
    activate(chip)
    ask = open_window(app, lambda: activate(cancel))
    ok(ask is not None and ask.name == 'Discard Changes?',
       'Cancel after a change asks: %r' % (ask.name if ask else None))
    if ask is None:
        return []
    found = audit(ask, 'the Discard Changes? question')
    keep = find(ask, 'push button', lambda n: n.replace('_', '').startswith('Keep Editing'))
    ok(keep is not None, 'the question has Keep Editing')
    if keep is not None:
        activate(keep)
        wait_for(lambda: not on_screen(ask), 5)
    activate(chip)
    time.sleep(0.5)
    return found


def start(args, env):
    patella = start_app(args, env)
    app = wait_for(find_app, 30)
    ok(app is not None, 'the app is on the accessibility bus: %s' % ' '.join(args[1:]))
    if app is not None:
        wait_for(lambda: main_window(app) and find(main_window(app), 'page tab',
                                                  lambda n: n == 'Progress'), 20, 1.0)
    return patella, app


def stop(patella):
    ok(patella.poll() is None, 'the app is still running (no critical warning)')
    stop_app(patella)
    # The next app must not find this one on the bus.
    wait_for(lambda: find_app() is None, 10)


def walk_how_to(app):
    """The how-to sheet hangs off Today's plan on a training day, which the
    demo's last day is not: a new diary's first day is one."""
    window = main_window(app)
    # A new diary opens the set-up assistant over the window: not now.
    assistant = wait_for(lambda: next((w for w in toplevels(app)
                                       if w.name == 'Welcome to Patella'), None), 5)
    if assistant is not None:
        close_window(app, assistant)
    # Progress with too little data to chart: the focus still lands on
    # something named.
    press('alt+3')
    time.sleep(1.0)
    audit(window, 'the Progress page of a new diary',
          skip=[widget for name, widget in PAGES.items() if name != 'Progress'])
    check_progress_focus(window)
    press('alt+1')
    time.sleep(1.0)
    # Each exercise row of the plan opens its how-to sheet, as a button
    # would: a list item (or a button) named "How to do <exercise>".
    how_to = wait_for(lambda: next((n for n, _ in walk(window, [], [])
                                    if safe(n.getRoleName) in ('list item', 'push button')
                                    and (safe(lambda: n.name) or '').startswith('How to do ')),
                                   None), 10)
    ok(how_to is not None, 'Today has How to do rows on a training day: %r'
       % (how_to.name if how_to else None))
    if how_to is not None:
        check_dialog(app, 'the how-to sheet', lambda: open_row(how_to))


def open_row(node):
    """Opens an activatable row as the keyboard does, Enter on it; a
    button takes its own action."""
    if safe(node.getRoleName) == 'push button':
        activate(node)
        return
    for _ in range(60):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            break
        press('Tab')
        wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), 0.3)
    press('Return')


def main():
    data = tempfile.TemporaryDirectory()
    env = dict(os.environ, XDG_DATA_HOME=data.name, XDG_CONFIG_HOME=data.name,
               XDG_STATE_HOME=data.name, GSK_RENDERER='cairo', G_DEBUG='fatal-criticals')
    # The test environment turns accessibility off for every other test.
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    make_backup(sys.argv[1], env)
    patella, app = start([sys.argv[1], '--demo'], env)
    try:
        if app is not None:
            walk_pages(app)
            walk_dialogs(app)
        stop(patella)
        patella, app = start([sys.argv[1], '--database', os.path.join(data.name, 'new.db'),
                              '--create'], env)
        if app is not None:
            walk_how_to(app)
        stop(patella)
    finally:
        stop_app(patella)
        data.cleanup()


run(main)
