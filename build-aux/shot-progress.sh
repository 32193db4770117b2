#!/bin/sh
# build-aux/shot-progress.sh W H SCHEME OUT (under xvfb-run): Progress on the demo diary
W=$1 H=$2 SCHEME=$3 OUT=$4
export GSETTINGS_SCHEMA_DIR=_build/resources GSK_RENDERER=cairo ADW_DEBUG_COLOR_SCHEME=$SCHEME
export XDG_DATA_HOME=$(mktemp -d ) XDG_CONFIG_HOME=$XDG_DATA_HOME
dbus-run-session -- _build/src/patella --demo &
pid=$!
sleep 4
win=$(xdotool search --name "Patella" | tail -1)
xdotool windowsize $win $W $H; sleep 1
xdotool key --window $win alt+3 2>/dev/null
sleep 0.5
# The Progress tab: third in the header's switcher, or the bottom bar when narrow.
if [ "$W" -ge 600 ]; then xdotool mousemove $((W/2+130)) 27 click 1; else xdotool mousemove $((W*5/6)) $((H-25)) click 1; fi
sleep 2
import -window root -crop ${W}x${H}+0+0 "$OUT"
kill $pid
rm -rf "$XDG_DATA_HOME"
