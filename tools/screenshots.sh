#!/usr/bin/env bash
# Renders the main tabs of the sample projects with the GUI's --screenshot
# option, in every language, theme and window size asked for, into one folder:
#   OUT/<project>/<tab>-<language>-<theme>-<WxH>.png
# Each run gets a fresh settings folder, so a stored language, theme or window
# layout of the person running it changes nothing. See docs/screenshots.md.
set -u

usage() {
    cat <<'EOF'
usage: tools/screenshots.sh [options]
  -o DIR      output folder (default: screenshots-out)
  -b BINARY   the ridgeline GUI (default: build/bin/ridgeline)
  -p NAMES    sample projects, names without .json (default: every one in samples/projects),
              or paths of other files the GUI opens (a sweep, a Hugging Face config.json)
  -t TABS     tabs for every project (default: the main tabs of each project's kind);
              compare-overlay and compare-side-by-side show the roofline against
              a baseline run on the -c hardware; dataflow-mapper-compare (the Mapper's
              A/B comparison with a front point) and dataflow-editor-architecture,
              -problem, -mapping, -invalid (the loop nest beside that editor; invalid:
              a mapping factor edited wrong) show states reached by a click
  -c FILE     baseline hardware of the compare tabs
              (default: samples/hardware/nvidia-h100-sxm5-80gb.json)
  -l LANGS    languages (default: "en de zh_CN")
  -s SIZES    window sizes (default: "1280x720 1600x1000")
  -m THEMES   themes (default: "light dark")
  -j N        runs at a time (default: 1)
  -h          this help
EOF
}

root="$(cd "$(dirname "$0")/.." && pwd)"
out="screenshots-out"
binary="$root/build/bin/ridgeline"
projects=""
tabs=""
languages="en de zh_CN"
sizes="1280x720 1600x1000"
themes="light dark"
jobs=1
compare_hardware="$root/samples/hardware/nvidia-h100-sxm5-80gb.json"
while getopts "o:b:p:t:l:s:m:j:c:h" opt; do
    case "$opt" in
        o) out="$OPTARG" ;;
        b) binary="$OPTARG" ;;
        p) projects="$OPTARG" ;;
        t) tabs="$OPTARG" ;;
        l) languages="$OPTARG" ;;
        s) sizes="$OPTARG" ;;
        m) themes="$OPTARG" ;;
        j) jobs="$OPTARG" ;;
        c) compare_hardware="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
if [ ! -x "$binary" ]; then
    echo "screenshots.sh: no GUI binary at $binary (build the 'ridgeline' target or pass -b)" >&2
    exit 2
fi
if [ ! -f "$compare_hardware" ]; then
    echo "screenshots.sh: no baseline hardware file $compare_hardware (-c)" >&2
    exit 2
fi
case "$jobs" in '' | *[!0-9]* | 0) echo "screenshots.sh: -j expects a positive number, not '$jobs'" >&2; exit 2 ;; esac
samples="$root/samples/projects"
if [ -z "$projects" ]; then
    projects="$(cd "$samples" && ls *.json | sed 's/\.json$//')"
fi

# The main tabs of a project: by its scenario's kind, or its dataflow study.
default_tabs() {
    python3 - "$1" <<'EOF'
import json, os, sys
path = sys.argv[1]
doc = json.load(open(path))
scenario = doc.get("scenario")
if isinstance(scenario, str):
    try:
        scenario = json.load(open(os.path.join(os.path.dirname(path), scenario)))
    except (OSError, ValueError):
        scenario = None
kind = scenario.get("kind", "inference") if isinstance(scenario, dict) else None
if doc.get("format") == "ridgeline.sweep":
    print("explore explore-sensitivity")
elif kind == "serving":
    print("serving")
elif kind == "training":
    print("training training-breakdown training-memory")
elif kind is None and "dataflow" in doc:
    print("dataflow-loopnest dataflow-mapper dataflow-storage")
else:
    print("roofline traffic explanation timeline")
EOF
}

locale_of() {
    case "$1" in
        de) echo "de_DE.UTF-8 de" ;;
        zh_CN) echo "zh_CN.UTF-8 zh_CN" ;;
        *) echo "en_US.UTF-8 en" ;;
    esac
}

# One screenshot: project tab language theme size.
shoot() {
    local project="$1" tab="$2" language="$3" theme="$4" size="$5"
    local input="$samples/$project.json"
    # A path (a sweep, a config.json) is opened as it is, its images under its base name.
    case "$project" in */*) input="$project"; project="$(basename "$project" .json)" ;; esac
    local file="$out/$project/$tab-$language-$theme-$size.png"
    local settings
    # The compare tabs: the roofline of this project against a baseline run
    # of it on other hardware, overlaid (arrows) or in two panels.
    local view=(--tab "$tab")
    case "$tab" in
        compare-overlay) view=(--tab roofline --compare-hardware "$compare_hardware") ;;
        compare-side-by-side)
            view=(--tab roofline --compare-hardware "$compare_hardware" --side-by-side) ;;
    esac
    settings="$(mktemp -d)"
    read -r lang languageVar <<<"$(locale_of "$language")"
    mkdir -p "$out/$project"
    if LANG="$lang" LANGUAGE="$languageVar" XDG_CONFIG_HOME="$settings" XDG_DATA_HOME="$settings" \
        QT_QPA_PLATFORM=offscreen timeout 180 "$binary" "$input" \
        --screenshot "$file" "${view[@]}" --size "$size" --theme "$theme" --language "$language" \
        >"$settings/log" 2>&1 && [ -s "$file" ]; then
        # A window whose minimum is wider than asked grows past the screen: say so.
        local got
        got="$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$file")"
        if [ "$got" = "$size" ]; then
            echo "ok   $file"
        else
            echo "FAIL $file: the window is $got, not $size (its minimum size is larger)"
        fi
    else
        echo "FAIL $file: $(grep -v 'propagateSizeHints\|XDG_RUNTIME_DIR' "$settings/log" | tail -3 | tr '\n' ' ')"
    fi
    rm -rf "$settings"
}
export -f shoot locale_of
export out binary samples compare_hardware

list="$(mktemp)"
for project in $projects; do
    input="$samples/$project.json"
    case "$project" in */*) input="$project" ;; esac
    if [ ! -f "$input" ]; then
        echo "screenshots.sh: no sample project $input" >&2
        exit 2
    fi
    for tab in ${tabs:-$(default_tabs "$input")}; do
        for language in $languages; do
            for theme in $themes; do
                for size in $sizes; do
                    echo "$project $tab $language $theme $size" >>"$list"
                done
            done
        done
    done
done
echo "screenshots.sh: $(wc -l <"$list") screenshots into $out"
results="$(xargs -P "$jobs" -L 1 bash -c 'shoot "$@"' _ <"$list")"
rm -f "$list"
echo "$results"
failed="$(grep -c '^FAIL' <<<"$results")"
echo "screenshots.sh: $((${#results} > 0 ? $(wc -l <<<"$results") : 0)) done, $failed failed"
[ "$failed" -eq 0 ]
