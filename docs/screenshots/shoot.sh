#!/usr/bin/env bash
# The README's window screenshots: the real knotimer under X (Xvfb), on a seeded record,
# at three screen sizes, light and dark, in the states a user meets. Run from the repo:
#   bash docs/screenshots/shoot.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
here=docs/screenshots
python=${PYTHON:-.venv/bin/python}
shot() {  # shot NAME SIZE STATE THEME [WAIT]
  ../shared/tools/xshot -s "$2" -w "${5:-7}" "$here/$1.png" -- \
    "$python" "$here/demo.py" --state "$3" --theme "$4" >/dev/null
  rm -f "$here/$1.png.log"
  # Only the window (it opens at the top left): the empty black screen around it goes.
  convert "$here/$1.png" -bordercolor black -border 1 -fuzz 1% -trim +repage "$here/$1.png"
}
for size in 800x600 1280x800 1920x1080; do
  shot "window-$size-light" "$size" holding light
done
shot window-1280x800-dark 1280x800 holding dark
shot state-released 1280x800 released light
shot state-letgo 1280x800 letgo light
shot state-rating 1280x800 rating light 10
shot state-routine 1280x800 routine light
shot state-flagged 1280x800 flagged light
shot state-released-dark 1280x800 released dark
