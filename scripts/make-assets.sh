#!/usr/bin/env bash
# Regenerates Amiable's original media assets from nothing but Debian packages:
#   assets/sounds/*.ogg            synthesised with SoX (ring, pick-up, hang-up, UI sounds, ambience)
#   assets/portraits/{man,woman}/src/*.svg  two debtor portraits, one SVG per expression each
#                                           (written by python3)
#   assets/portraits/{man,woman}/*.png      those SVGs rendered at 512x512 with rsvg-convert
# Output is deterministic: SoX runs in repeatable mode (-R), so every run writes the same bytes.
#
# Usage: scripts/make-assets.sh [--sheet FILE.png]
#   --sheet FILE.png  also writes a contact sheet of both portrait sets (on light and dark) to FILE.png
# Needs: sox, libsox-fmt-all (Ogg Vorbis), librsvg2-bin (rsvg-convert), python3 (standard library
# only), awk. Run as root (or with sudo available) and it installs what is missing with apt-get.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sounds="$root/assets/sounds"
portraits="$root/assets/portraits"
sheet=""
while [ $# -gt 0 ]; do
    case "$1" in
        --sheet) sheet="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done

# ------------------------------------------------------------------ dependencies
need_apt=()
command -v sox >/dev/null 2>&1 || need_apt+=(sox)
dpkg -s libsox-fmt-all >/dev/null 2>&1 || dpkg -s libsox-fmt-ogg >/dev/null 2>&1 || need_apt+=(libsox-fmt-all)
command -v rsvg-convert >/dev/null 2>&1 || need_apt+=(librsvg2-bin)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v awk >/dev/null 2>&1 || need_apt+=(mawk)
if [ ${#need_apt[@]} -gt 0 ]; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
            echo "missing packages: ${need_apt[*]} (install them, or run as root)" >&2; exit 1
        fi
    fi
    echo "installing: ${need_apt[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# ------------------------------------------------------------------------ sounds
make_sounds() {
    local out="$1" w
    w=$(mktemp -d)
    # -R: repeatable mode (fixed seeds for noise and for the Ogg stream serial), so that every
    # run gives the same bytes.
    local S="sox -R -V1"
    local R=44100
    gen() { $S -n -r $R -c 1 -b 16 "$@"; }

    # Peak-normalise to -3 dBFS and encode as mono Ogg Vorbis (quality 4).
    encode() { $S "$1" -r $R -c 1 -C 4 "$2" gain -n -3.3; }

    # ---------------------------------------------------------------- ring.ogg
    # French ringback heard by the caller: 440 Hz, 1.5 s on / 3.5 s off; two bursts, 6.8 s.
    # 20 ms raised-cosine edges so the tone starts and stops without a click.
    gen "$w/tone15.wav" synth 1.5 sine 440 fade h 0.02 1.5 0.02
    $S "$w/tone15.wav" "$w/ring1.wav" pad 0.1 3.5
    $S "$w/tone15.wav" "$w/ring2.wav" pad 0 0.2
    $S "$w/ring1.wav" "$w/ring2.wav" "$w/ring.wav"
    encode "$w/ring.wav" "$out/ring.ogg"

    # -------------------------------------------------------------- pickup.ogg
    # Handset lifted: a soft plastic click, then a low, damped clunk and a tiny rattle.
    gen "$w/pk_click.wav" synth 0.03 whitenoise fade q 0.001 0.03 0.028 highpass 1500 lowpass 6000 gain -8
    gen "$w/pk_thud.wav" synth 0.22 sine 140-70 fade q 0.004 0.22 0.2 gain -2
    gen "$w/pk_body.wav" synth 0.16 brownnoise fade q 0.003 0.16 0.15 lowpass 900 highpass 60 gain -4
    gen "$w/pk_rattle.wav" synth 0.04 pinknoise fade q 0.002 0.04 0.036 bandpass 2500 1.2q gain -16
    $S "$w/pk_thud.wav" "$w/pk_thud_d.wav" pad 0.012
    $S "$w/pk_body.wav" "$w/pk_body_d.wav" pad 0.01
    $S "$w/pk_rattle.wav" "$w/pk_rattle_d.wav" pad 0.09
    $S -m -v 1 "$w/pk_click.wav" -v 1 "$w/pk_thud_d.wav" -v 1 "$w/pk_body_d.wav" -v 1 "$w/pk_rattle_d.wav" \
        "$w/pickup_raw.wav" highpass 40 trim 0 0.32 fade h 0 0.32 0.08
    encode "$w/pickup_raw.wav" "$out/pickup.ogg"

    # -------------------------------------------------------------- hangup.ogg
    # The other side hangs up: a click, then the French busy tone: 440 Hz, 0.5 s on / 0.5 s off,
    # three beeps (2.7 s in all).
    gen "$w/hu_click.wav" synth 0.05 brownnoise fade q 0.001 0.05 0.045 lowpass 2500 highpass 120
    gen "$w/hu_tick.wav" synth 0.02 whitenoise fade q 0.001 0.02 0.018 highpass 2000 lowpass 7000 gain -10
    $S -m -v 1 "$w/hu_click.wav" -v 1 "$w/hu_tick.wav" "$w/hu_clk.wav" pad 0 0.15 gain -6
    gen "$w/beep.wav" synth 0.5 sine 440 fade h 0.01 0.5 0.01
    $S "$w/beep.wav" "$w/beep_gap.wav" pad 0 0.5
    $S "$w/hu_clk.wav" "$w/beep_gap.wav" "$w/beep_gap.wav" "$w/beep.wav" "$w/hangup_raw.wav" pad 0 0.05
    encode "$w/hangup_raw.wav" "$out/hangup.ogg"

    # ------------------------------------------------------------ ui_click.ogg
    # A soft, short "tock": a quickly decaying 1.4 kHz sine with a breath of filtered noise.
    gen "$w/uc_tone.wav" synth 0.06 sine 1400 fade q 0.0015 0.06 0.058
    gen "$w/uc_noise.wav" synth 0.02 pinknoise fade q 0.001 0.02 0.019 lowpass 4000 gain -14
    $S -m -v 1 "$w/uc_tone.wav" -v 1 "$w/uc_noise.wav" "$w/ui_click_raw.wav" lowpass 5000 highpass 200 \
        trim 0 0.06 fade h 0 0.06 0.04
    encode "$w/ui_click_raw.wav" "$out/ui_click.ogg"

    # ---------------------------------------------------------- ui_confirm.ogg
    # Two soft bell-like notes, E5 then A5 (a rising fourth), each a sine with a quiet octave,
    # gentle attack and a long-ish decay; 0.45 s.
    note() { # file freq length
        gen "$w/n_f.wav" synth "$3" sine "$2" fade h 0.008 "$3" "$(calc "$3 - 0.01")"
        gen "$w/n_o.wav" synth "$3" sine "$(calc "$2 * 2")" fade h 0.004 "$3" "$(calc "$3 * 0.6")" gain -14
        $S -m -v 1 "$w/n_f.wav" -v 1 "$w/n_o.wav" "$1"
    }
    note "$w/c1.wav" 659.26 0.30
    note "$w/c2.wav" 880.00 0.32
    $S "$w/c1.wav" "$w/c1p.wav" pad 0 0.15
    $S "$w/c2.wav" "$w/c2p.wav" pad 0.13
    $S -m -v 0.8 "$w/c1p.wav" -v 1 "$w/c2p.wav" "$w/ui_confirm_raw.wav" trim 0 0.45 fade h 0 0.45 0.05
    encode "$w/ui_confirm_raw.wav" "$out/ui_confirm.ogg"

    # ----------------------------------------------------------- ambience.ogg
    # Quiet open-plan office, 28 s loop. Three layers, each seamless on its own:
    #  - a bed of brown + pink noise, filtered dark (air, distant room), generated 30 s long and
    #    folded: its last 2 s are cross-faded (equal power) into its first 2 s;
    #  - an HVAC hum at 50/100/150 Hz, whose periods divide 28 s exactly, with a slow swell;
    #  - sparse, distant keyboard ticks (short filtered noise clicks with a little reverb),
    #    placed at fixed times well inside the loop.
    local L=28 X=2
    gen "$w/bed_b.wav" synth $((L + X)) brownnoise lowpass 500 highpass 30
    gen "$w/bed_p.wav" synth $((L + X)) pinknoise lowpass 1800 highpass 150 gain -12
    $S -m -v 1 "$w/bed_b.wav" -v 1 "$w/bed_p.wav" "$w/bed.wav"
    $S "$w/bed.wav" "$w/bed_head.wav" trim 0 $X fade q $X
    $S "$w/bed.wav" "$w/bed_tail.wav" trim $L $X fade q 0 $X $X
    $S -m -v 1 "$w/bed_head.wav" -v 1 "$w/bed_tail.wav" "$w/bed_x.wav"
    $S "$w/bed.wav" "$w/bed_body.wav" trim $X $((L - X))
    $S "$w/bed_x.wav" "$w/bed_body.wav" "$w/bed_loop.wav"

    gen "$w/hum.wav" synth $L sine 50 sine mix 100 sine mix 150 \
        tremolo 0.25 20 lowpass 400 gain -24

    gen "$w/tick.wav" synth 0.012 whitenoise fade q 0.0005 0.012 0.011 bandpass 2200 0.9q lowpass 3500
    gen "$w/tick2.wav" synth 0.016 whitenoise fade q 0.0005 0.016 0.015 bandpass 1600 0.9q lowpass 3000
    # Bursts of typing (times in seconds), with a few lone clicks in between.
    local times="3.10 3.27 3.41 3.60 3.72 3.95 4.08 4.30
                 7.90
                 10.20 10.36 10.49 10.70 10.82 11.01 11.19 11.33 11.60 11.71
                 14.75
                 17.40 17.55 17.73 17.86 18.10 18.24 18.40
                 21.35 21.52
                 23.80 23.96 24.12 24.30 24.41 24.66 24.80"
    local i=0 args=() t f v
    for t in $times; do
        i=$((i + 1))
        if [ $((i % 3)) -eq 0 ]; then f="$w/tick2.wav"; else f="$w/tick.wav"; fi
        v=$(calc "0.55 + 0.15 * (($i * 7) % 4)")
        $S "$f" "$w/tk_$i.wav" pad "$t" vol "$v"
        args+=(-v 1 "$w/tk_$i.wav")
    done
    gen "$w/silence.wav" trim 0 $L
    $S -m -v 1 "$w/silence.wav" "${args[@]}" "$w/ticks_dry.wav" trim 0 $L
    $S "$w/ticks_dry.wav" "$w/ticks.wav" reverb 40 50 60 100 10 trim 0 $L gain -25

    $S -m -v 1 "$w/bed_loop.wav" -v 1 "$w/hum.wav" -v 1 "$w/ticks.wav" "$w/amb_mix.wav" highpass 25
    # Bring the loop to about -30 dBFS RMS.
    local rms gain
    rms=$($S "$w/amb_mix.wav" -n stats 2>&1 | awk '/^RMS lev dB/ {print $4}')
    gain=$(calc "-30 - ($rms)")
    $S "$w/amb_mix.wav" -r $R -c 1 -C 3 "$out/ambience.ogg" gain "$gain"

    rm -rf "$w"
}

# --------------------------------------------------------------------- portraits
make_portraits() {
    local out="$1"
    mkdir -p "$out"
    python3 - "$out" <<'PY'
"""Writes the debtor portrait SVGs: two people (a man and a woman), six expressions each.

Usage: python3 - OUT_DIR  ->  OUT_DIR/man/src/*.svg and OUT_DIR/woman/src/*.svg
Both share the eye, brow and mouth geometry and the expression table; each has its own
palette, head, hair and clothes.
"""
import math
import os
import sys
from types import SimpleNamespace

OUT = sys.argv[1]

# Colours shared by both people.
COMMON = dict(
    BG="#EFE3D0",
    BG_RING="#E3D3BC",
    PHONE="#2B2E35",
    PHONE_EDGE="#4A4F5A",
    EYE_WHITE="#FBF7F2",
    PUPIL="#1E1410",
    TEETH="#FBF7F2",
    SWEAT="#9CC9E6",
)

PALETTES = {
    # The man: warm skin, dark-brown hair greying at the temple, a teal sweater over a light shirt.
    "man": dict(
        COMMON,
        SKIN="#E9AC83",
        SKIN_SHADE="#D48E66",
        SKIN_DEEP="#B9704E",
        HAIR="#3B2A22",
        HAIR_HI="#57402F",
        BROW="#3B2A22",
        GREY="#8E8178",
        SWEATER="#3F6E73",
        SWEATER_SHADE="#325A5E",
        SWEATER_DARK="#284A4D",
        SHIRT="#F4EEE4",
        SHIRT_SHADE="#D9D0C2",
        IRIS="#5A3A26",
        LINE="#4A2A1E",
        MOUTH_LINE="#4A2A1E",
        LIP="#B5584A",
        MOUTH_IN="#6B2A25",
        BLUSH="#E2705F",
    ),
    # The woman: lighter peach skin, shoulder-length dark auburn hair, a mustard cardigan over
    # a cream blouse, hazel-green eyes, rosy lips, a small gold earring and necklace.
    "woman": dict(
        COMMON,
        SKIN="#F1C09C",
        SKIN_SHADE="#DDA07C",
        SKIN_DEEP="#C07C5A",
        HAIR="#6A2A1C",
        HAIR_HI="#8C3D27",
        HAIR_DARK="#4E1E14",
        BROW="#55251A",
        SWEATER="#D6A23C",
        SWEATER_SHADE="#BD8A2C",
        SWEATER_DARK="#9C6F20",
        SHIRT="#F7F2EA",
        SHIRT_SHADE="#E2D9CB",
        GOLD="#E0B43E",
        IRIS="#5F6B34",
        LINE="#3F2219",
        MOUTH_LINE="#8A3A35",
        LIP="#C9666A",
        MOUTH_IN="#6B2A25",
        BLUSH="#EE7B7E",
    ),
}

C = SimpleNamespace(**PALETTES["man"])  # the palette in use; set per person below
WHO = "man"

# Face geometry shared by every expression.
EYE_L = (221, 222)
EYE_R = (291, 222)
EYE_HALF_W = 17
BROW_Y = 190
MOUTH = (256, 292)


def f(x):
    return ("%.1f" % x).rstrip("0").rstrip(".")


def pts(*p):
    return " ".join(f"{f(x)},{f(y)}" for x, y in p)


def eye(cx, cy, side, e):
    """side: -1 for the viewer's left eye, +1 for the right one."""
    w = EYE_HALF_W
    # Corners: inner one towards the nose. `tilt` lowers the inner corner (angry) or
    # raises it (worried).
    inner = (cx - side * w, cy + e["eye_tilt"])
    outer = (cx + side * w, cy - e["eye_tilt"] * 0.3)
    up = e["eye_open"][0 if side < 0 else 1]
    low = e["eye_low"]
    a, b = (inner, outer) if side < 0 else (outer, inner)  # a: leftmost corner
    upper_c = (cx, cy - 2 * up)
    lower_c = (cx, cy + 2 * low)
    shape = (f"M {pts(a)} Q {pts(upper_c)} {pts(b)} Q {pts(lower_c)} {pts(a)} Z")
    cid = f"eye{side}"
    look = e.get("look", (0, 0))
    ix, iy = cx + look[0], cy + look[1] + e.get("iris_dy", 0)
    ir = e.get("iris_r", 9)
    out = [
        f'<clipPath id="{cid}"><path d="{shape}"/></clipPath>',
        f'<path d="{shape}" fill="{C.EYE_WHITE}"/>',
        f'<g clip-path="url(#{cid})">',
        f'<circle cx="{f(ix)}" cy="{f(iy)}" r="{f(ir)}" fill="{C.IRIS}"/>',
        f'<circle cx="{f(ix)}" cy="{f(iy)}" r="{f(ir * 0.5)}" fill="{C.PUPIL}"/>',
        f'<circle cx="{f(ix + 3)}" cy="{f(iy - 3)}" r="2.6" fill="#FFFFFF"/>',
        "</g>",
        # Upper lid line (lashes), thicker in the middle.
        f'<path d="M {pts(a)} Q {pts(upper_c)} {pts(b)}" fill="none" stroke="{C.LINE}" '
        f'stroke-width="4" stroke-linecap="round"/>',
    ]
    if WHO == "woman":  # a small lash flick at the outer corner
        o = outer
        out.append(f'<path d="M {pts(o)} q {f(side * 5)},-1 {f(side * 8)},-6" fill="none" '
                   f'stroke="{C.LINE}" stroke-width="3.5" stroke-linecap="round"/>')
    if e.get("lid_crease", True) and (up > 5 or e.get("closed_lid")):
        crease_c = (cx, cy - 2 * up - 7)
        a2 = (a[0] + 3, a[1] - 4)
        b2 = (b[0] - 3, b[1] - 4)
        out.append(f'<path d="M {pts(a2)} Q {pts(crease_c)} {pts(b2)}" fill="none" '
                   f'stroke="{C.SKIN_SHADE}" stroke-width="2" stroke-linecap="round"/>')
    if e.get("lower_lid"):
        out.append(f'<path d="M {pts((a[0] + 4, a[1] + 2))} Q {pts((cx, cy + 2 * low + 1))} '
                   f'{pts((b[0] - 4, b[1] + 2))}" fill="none" stroke="{C.SKIN_DEEP}" '
                   f'stroke-width="2" stroke-linecap="round" opacity="0.7"/>')
    return "\n".join(out)


def closed_eye(cx, cy, side, e):
    """Relaxed, nearly closed eye: a soft downward arc with lashes."""
    w = EYE_HALF_W
    sag = e.get("closed_sag", 7)
    out = (f'<path d="M {pts((cx - w, cy))} Q {pts((cx, cy + sag))} {pts((cx + w, cy))}" '
           f'fill="none" stroke="{C.LINE}" stroke-width="4.5" stroke-linecap="round"/>')
    if WHO == "woman":
        out += (f'<path d="M {pts((cx + side * w, cy))} q {f(side * 5)},1 {f(side * 8)},5" '
                f'fill="none" stroke="{C.LINE}" stroke-width="3.5" stroke-linecap="round"/>')
    return out


def brow(cx, side, e):
    """Thick rounded eyebrow; inner/mid/outer heights relative to BROW_Y."""
    inner_dy, mid_dy, outer_dy = e["brow"][0 if side < 0 else 1]
    x_in = cx - side * 19
    x_out = cx + side * 22
    p_in = (x_in, BROW_Y + inner_dy)
    p_out = (x_out, BROW_Y + outer_dy)
    ctrl = (cx + side * 2, BROW_Y + mid_dy * 2 - (inner_dy + outer_dy) / 2)
    if WHO == "woman":  # finer, more arched brows
        ctrl = (ctrl[0] + side * 4, ctrl[1] - 4)
        return (f'<path d="M {pts(p_in)} Q {pts(ctrl)} {pts(p_out)}" fill="none" '
                f'stroke="{C.BROW}" stroke-width="8" stroke-linecap="round"/>')
    return (f'<path d="M {pts(p_in)} Q {pts(ctrl)} {pts(p_out)}" fill="none" stroke="{C.BROW}" '
            f'stroke-width="10" stroke-linecap="round"/>')


def mouth(e):
    """The mouth; the woman's closed mouths get a soft rosy lower lip under the line."""
    x, y = MOUTH
    kind = e["mouth"]
    if WHO != "woman" or kind in ("open_smile", "shout"):
        return mouth_line(e)
    if kind == "smile":
        cx, cy, rx = x, y + e.get("curve", 6) + 4 - e.get("lift", 3), e.get("mouth_w", 24) * 0.5
    elif kind == "flat":
        cx, cy, rx = x + e.get("mouth_dx", 0), y + 5, e.get("mouth_w", 20) * 0.55
    else:
        cx, cy, rx = x, y + 8, e.get("mouth_w", 14) * 0.5
    ry = 5 if kind in ("smile", "flat") else 4
    return (f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(rx)}" ry="{ry}" fill="{C.LIP}" opacity="0.85"/>'
            + mouth_line(e))


def mouth_line(e):
    x, y = MOUTH
    kind = e["mouth"]
    if kind == "smile":  # closed soft smile; `curve` is how far the middle dips
        w, c, lift = e.get("mouth_w", 24), e.get("curve", 6), e.get("lift", 3)
        return (f'<path d="M {pts((x - w, y - lift))} Q {pts((x, y + c * 2 - lift))} '
                f'{pts((x + w, y - lift))}" fill="none" stroke="{C.MOUTH_LINE}" stroke-width="4.5" '
                f'stroke-linecap="round"/>'
                f'<path d="M {pts((x - 9, y + c + 7))} Q {pts((x, y + c + 10))} {pts((x + 9, y + c + 7))}" '
                f'fill="none" stroke="{C.SKIN_SHADE}" stroke-width="3" stroke-linecap="round"/>')
    if kind == "open_smile":
        w, c = e.get("mouth_w", 26), e.get("curve", 10)
        top = f"M {pts((x - w, y - 3))} Q {pts((x, y + 3))} {pts((x + w, y - 3))}"
        shape = f"{top} Q {pts((x, y + 2 * c + 2))} {pts((x - w, y - 3))} Z"
        return (f'<clipPath id="mclip"><path d="{shape}"/></clipPath>'
                f'<path d="{shape}" fill="{C.MOUTH_IN}"/>'
                f'<g clip-path="url(#mclip)">'
                + (f'<rect x="{x - w}" y="{y - 6}" width="{2 * w}" height="8" fill="{C.TEETH}"/>'
                   if e.get("teeth", True) else "") +
                f'<ellipse cx="{x}" cy="{y + c + 6}" rx="{w * 0.55}" ry="7" fill="#D06A63"/></g>'
                f'<path d="{shape}" fill="none" stroke="{C.MOUTH_LINE}" stroke-width="3.5" '
                f'stroke-linejoin="round"/>')
    if kind == "flat":  # a straight, pressed mouth, one corner a bit lower
        w, tilt = e.get("mouth_w", 20), e.get("tilt", 2)
        dx = e.get("mouth_dx", 0)
        return (f'<path d="M {pts((x - w + dx, y + tilt))} Q {pts((x + dx, y - 1))} '
                f'{pts((x + w + dx, y - tilt + 1))}" fill="none" stroke="{C.MOUTH_LINE}" '
                f'stroke-width="5" stroke-linecap="round"/>'
                f'<path d="M {pts((x - 7 + dx, y + 11))} L {pts((x + 7 + dx, y + 11))}" '
                f'fill="none" stroke="{C.SKIN_SHADE}" stroke-width="3" stroke-linecap="round"/>')
    if kind == "frown":  # small downturned closed mouth
        w, c = e.get("mouth_w", 14), e.get("curve", 5)
        return (f'<path d="M {pts((x - w, y + c))} Q {pts((x, y - c * 1.6))} {pts((x + w, y + c))}" '
                f'fill="none" stroke="{C.MOUTH_LINE}" stroke-width="4.5" stroke-linecap="round"/>'
                f'<path d="M {pts((x - 6, y + 12))} Q {pts((x, y + 14))} {pts((x + 6, y + 12))}" '
                f'fill="none" stroke="{C.SKIN_SHADE}" stroke-width="3" stroke-linecap="round"/>')
    if kind == "wobbly":  # worried: small, downturned, slightly uneven
        w = e.get("mouth_w", 15)
        return (f'<path d="M {pts((x - w, y + 6))} C {pts((x - 8, y - 4))} {pts((x - 2, y + 1))} '
                f'{pts((x + 2, y - 1))} C {pts((x + 7, y - 4))} {pts((x + 11, y + 1))} '
                f'{pts((x + w, y + 6))}" fill="none" stroke="{C.MOUTH_LINE}" stroke-width="4.5" '
                f'stroke-linecap="round" stroke-linejoin="round"/>'
                f'<path d="M {pts((x - 6, y + 13))} Q {pts((x, y + 15))} {pts((x + 6, y + 13))}" '
                f'fill="none" stroke="{C.SKIN_SHADE}" stroke-width="3" stroke-linecap="round"/>')
    if kind == "shout":  # angry: open, down-turned, teeth showing
        w = e.get("mouth_w", 25)
        shape = (f"M {pts((x - w, y + 10))} Q {pts((x, y - 14))} {pts((x + w, y + 10))} "
                 f"Q {pts((x, y + 4))} {pts((x - w, y + 10))} Z")
        return (f'<clipPath id="mclip"><path d="{shape}"/></clipPath>'
                f'<path d="{shape}" fill="{C.MOUTH_IN}"/>'
                f'<g clip-path="url(#mclip)"><rect x="{x - w}" y="{y - 8}" width="{2 * w}" '
                f'height="7" fill="{C.TEETH}"/></g>'
                f'<path d="{shape}" fill="none" stroke="{C.MOUTH_LINE}" stroke-width="4" '
                f'stroke-linejoin="round"/>')
    raise ValueError(kind)


EXPRESSIONS = {
    "calm": dict(
        brow=[(0, -3, 1), (0, -3, 1)],
        eye_open=(10, 10), eye_low=5, eye_tilt=0,
        mouth="smile", mouth_w=21, curve=4, lift=2,
        blush=0.22, flush=0.0,
    ),
    "relieved": dict(
        brow=[(-10, -8, -1), (-10, -8, -1)],
        closed=True, closed_sag=-6,
        eye_open=(3, 3), eye_low=6, eye_tilt=0,
        mouth="open_smile", mouth_w=22, curve=7, teeth=False,
        blush=0.45, flush=0.0,
    ),
    "annoyed": dict(
        brow=[(6, 2, -2), (6, 2, -2)],
        eye_open=(6, 6), eye_low=4, eye_tilt=0, iris_dy=1, lid_crease=False,
        look=(2, 1),
        mouth="flat", mouth_w=19, tilt=4, mouth_dx=3,
        blush=0.3, flush=0.08, furrow=0.5,
    ),
    "angry": dict(
        brow=[(12, 2, -8), (12, 2, -8)],
        eye_open=(6, 6), eye_low=5, eye_tilt=2, iris_r=8, lid_crease=False,
        lower_lid=True,
        mouth="shout", mouth_w=25,
        blush=0.55, flush=0.22, furrow=1.0, vein=True,
    ),
    "worried": dict(
        brow=[(-12, -8, 2), (-12, -8, 2)],
        eye_open=(12, 12), eye_low=6, eye_tilt=-1, iris_r=7.5, look=(0, 1),
        mouth="wobbly", mouth_w=15,
        blush=0.12, flush=0.0, sweat=True, forehead=True,
    ),
    "wary": dict(
        brow=[(-10, -13, -6), (6, 3, 1)],
        eye_open=(8, 5), eye_low=4, eye_tilt=0, lid_crease=False, lower_lid=True,
        look=(-4, 0),
        mouth="flat", mouth_w=14, tilt=-2, mouth_dx=-4,
        blush=0.18, flush=0.0,
    ),
}

HEADS = {
    "man": ("M 256,104 C 312,104 342,146 342,206 C 342,262 323,302 292,322 "
            "C 276,332 236,332 220,322 C 189,302 170,262 170,206 C 170,146 200,104 256,104 Z"),
    # A little narrower, with a softer, more tapered jaw.
    "woman": ("M 256,110 C 309,110 337,150 337,206 C 337,256 320,294 292,316 "
              "C 276,329 236,329 220,316 C 192,294 175,256 175,206 C 175,150 203,110 256,110 Z"),
}


def body_man(o):
    # Shoulders and sweater.
    o.append(f'<path d="M 44,520 C 52,430 110,392 196,374 L 316,374 C 402,392 460,430 468,520 Z" '
             f'fill="{C.SWEATER}"/>')
    # Neck with the chin's shadow.
    o.append(f'<path d="M 224,290 L 224,372 C 236,392 276,392 288,372 L 288,290 Z" fill="{C.SKIN}"/>')
    o.append(f'<path d="M 224,300 C 240,330 272,330 288,300 L 288,326 C 272,346 240,346 224,326 Z" '
             f'fill="{C.SKIN_SHADE}"/>')
    # Shirt collar in the sweater's V.
    o.append(f'<path d="M 206,372 L 256,430 L 306,372 L 290,366 L 256,404 L 222,366 Z" fill="{C.SHIRT}"/>')
    o.append(f'<path d="M 256,404 L 232,380 L 218,400 L 256,430 Z" fill="{C.SHIRT_SHADE}"/>')
    o.append(f'<path d="M 256,404 L 280,380 L 294,400 L 256,430 Z" fill="{C.SHIRT}"/>')
    o.append(f'<path d="M 196,372 L 256,446 L 316,372 L 306,370 L 256,430 L 206,370 Z" '
             f'fill="{C.SWEATER_SHADE}"/>')

    # Ear on the viewer's left (the other one is behind the phone).
    o.append(f'<ellipse cx="172" cy="228" rx="15" ry="23" fill="{C.SKIN}"/>')
    o.append(f'<path d="M 176,214 C 166,214 164,232 170,242" fill="none" stroke="{C.SKIN_SHADE}" '
             f'stroke-width="4" stroke-linecap="round"/>')


def body_woman(o):
    # Shoulder-length hair, the part behind the head and neck, ends resting on the shoulders.
    o.append(f'<path d="M 256,84 C 184,84 148,136 150,206 C 152,262 142,316 132,350 '
             f'C 148,378 196,384 224,362 L 288,362 C 316,384 364,378 380,350 '
             f'C 370,316 360,262 362,206 C 364,136 328,84 256,84 Z" fill="{C.HAIR_DARK}"/>')
    o.append(f'<path d="M 150,206 C 152,262 142,316 132,350 C 146,368 176,374 196,366 '
             f'C 176,340 172,290 176,240 Z" fill="{C.HAIR}"/>')
    # Cardigan over the shoulders, a cream blouse in its open front.
    o.append(f'<path d="M 52,520 C 60,436 118,398 200,380 L 312,380 C 394,398 452,436 460,520 Z" '
             f'fill="{C.SWEATER}"/>')
    o.append(f'<path d="M 204,378 L 308,378 L 282,520 L 230,520 Z" fill="{C.SHIRT}"/>')
    # Neck and the blouse's scooped neckline.
    o.append(f'<path d="M 230,290 L 230,372 C 236,382 276,382 282,372 L 282,290 Z" fill="{C.SKIN}"/>')
    o.append(f'<path d="M 222,378 C 230,408 282,408 290,378 Z" fill="{C.SKIN}"/>')
    o.append(f'<path d="M 222,378 C 230,408 282,408 290,378" fill="none" stroke="{C.SHIRT_SHADE}" '
             f'stroke-width="4" stroke-linecap="round"/>')
    o.append(f'<path d="M 230,300 C 244,326 268,326 282,300 L 282,322 C 268,338 244,338 230,322 Z" '
             f'fill="{C.SKIN_SHADE}"/>')
    # A fine gold necklace with a small pendant.
    o.append(f'<path d="M 232,364 C 236,388 276,388 280,364" fill="none" stroke="{C.GOLD}" '
             f'stroke-width="2"/>')
    o.append(f'<circle cx="256" cy="385" r="4.5" fill="{C.GOLD}"/>')
    # Cardigan front bands with buttons.
    o.append(f'<path d="M 196,378 L 208,376 L 236,520 L 222,520 Z" fill="{C.SWEATER_SHADE}"/>')
    o.append(f'<path d="M 316,378 L 304,376 L 276,520 L 290,520 Z" fill="{C.SWEATER_SHADE}"/>')
    for x, y in ((301, 436), (293, 478)):
        o.append(f'<circle cx="{x}" cy="{y}" r="4.5" fill="{C.SWEATER_DARK}"/>')

    # Ear on the viewer's left with the hair tucked behind it, and a small gold hoop.
    o.append(f'<ellipse cx="178" cy="230" rx="13" ry="21" fill="{C.SKIN}"/>')
    o.append(f'<path d="M 182,217 C 173,217 171,233 176,242" fill="none" stroke="{C.SKIN_SHADE}" '
             f'stroke-width="3.5" stroke-linecap="round"/>')
    o.append(f'<circle cx="176" cy="257" r="6" fill="none" stroke="{C.GOLD}" stroke-width="2.5"/>')


def hair_man(o):
    # Hair: a short, side-parted cut with a touch of grey at the temple.
    o.append(f'<path d="M 168,222 C 156,150 186,92 252,88 C 322,84 358,132 346,222 '
             f'C 340,196 336,172 326,156 C 300,160 262,150 238,134 C 226,150 204,158 186,160 '
             f'C 178,176 174,196 176,222 Z" fill="{C.HAIR}"/>')
    o.append(f'<path d="M 238,134 C 262,150 300,160 326,156 C 318,138 300,124 280,118 '
             f'C 270,128 254,132 238,134 Z" fill="{C.HAIR_HI}"/>')
    o.append(f'<path d="M 170,214 C 168,196 170,180 176,170 C 176,186 175,200 176,216 Z" '
             f'fill="{C.GREY}"/>')


def hair_woman(o):
    # Side-parted on the viewer's left, a soft fringe swept across to the right, where a
    # strand falls along the cheek; on the left it is tucked behind the ear.
    o.append(f'<path d="M 182,210 C 166,150 196,96 258,96 C 322,96 356,142 350,206 '
             f'C 348,252 350,292 342,332 C 334,318 326,292 326,258 C 326,228 328,198 318,174 '
             f'C 298,156 262,144 230,124 C 216,150 198,174 190,212 Z" fill="{C.HAIR}"/>')
    o.append(f'<path d="M 236,122 C 268,138 300,152 320,174 C 310,148 288,126 258,114 '
             f'C 250,118 244,120 236,122 Z" fill="{C.HAIR_HI}"/>')
    o.append(f'<path d="M 200,150 C 210,128 226,112 246,104" fill="none" stroke="{C.HAIR_HI}" '
             f'stroke-width="5" stroke-linecap="round" opacity="0.8"/>')
    o.append(f'<path d="M 230,124 C 226,112 228,102 236,97" fill="none" stroke="{C.HAIR_DARK}" '
             f'stroke-width="3" stroke-linecap="round"/>')


PEOPLE = {
    "man": dict(body=body_man, hair=hair_man, forehead_y=(150, 162), vein=(312, 140)),
    "woman": dict(body=body_woman, hair=hair_woman, forehead_y=(152, 163), vein=(238, 150)),
}


def portrait(person, name, e):
    head = HEADS[person]
    parts = PEOPLE[person]
    o = []
    o.append('<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">')
    o.append(f"<!-- Amiable debtor portrait: {name}. Generated by scripts/make-assets.sh. -->"
             if person == "man" else
             f"<!-- Amiable debtor portrait ({person}): {name}. Generated by scripts/make-assets.sh. -->")
    o.append('<defs><clipPath id="disc"><circle cx="256" cy="256" r="250"/></clipPath>'
             f'<clipPath id="head"><path d="{head}"/></clipPath></defs>')
    o.append(f'<circle cx="256" cy="256" r="250" fill="{C.BG}"/>')
    o.append('<g clip-path="url(#disc)">')
    o.append(f'<circle cx="256" cy="256" r="214" fill="{C.BG_RING}" opacity="0.55"/>')

    # Shoulders, clothes, neck, ear (and, for the woman, the hair behind the head).
    parts["body"](o)
    # Head.
    o.append(f'<path d="{head}" fill="{C.SKIN}"/>')
    o.append('<g clip-path="url(#head)">')
    # Soft shading on the side away from the light, and the overall flush.
    o.append(f'<path d="M 330,120 C 350,200 340,290 290,330 L 360,340 L 360,110 Z" '
             f'fill="{C.SKIN_SHADE}" opacity="0.45"/>')
    if e.get("flush"):
        o.append(f'<rect x="160" y="100" width="200" height="240" fill="#E0483A" '
                 f'opacity="{e["flush"]}"/>')
    if e.get("forehead"):
        for dy, w in zip(parts["forehead_y"], (26, 20)):
            o.append(f'<path d="M {256 - w},{dy + 2} Q {256 - w / 2},{dy - 3} 256,{dy} '
                     f'Q {256 + w / 2},{dy + 3} {256 + w},{dy - 2}" fill="none" '
                     f'stroke="{C.SKIN_DEEP}" stroke-width="2.5" stroke-linecap="round" opacity="0.65"/>')
    o.append("</g>")

    parts["hair"](o)

    # Cheeks.
    for cx in (204, 308):
        o.append(f'<ellipse cx="{cx}" cy="262" rx="20" ry="12" fill="{C.BLUSH}" '
                 f'opacity="{e["blush"]}"/>')

    # Eyebrows, eyes.
    for (cx, cy), side in ((EYE_L, -1), (EYE_R, 1)):
        o.append(brow(cx, side, e))
        if e.get("closed"):
            o.append(closed_eye(cx, cy, side, e))
        else:
            o.append(eye(cx, cy, side, e))
    if e.get("furrow"):
        op = 0.8 * e["furrow"]
        o.append(f'<path d="M 249,190 L 251,204 M 263,190 L 261,204" stroke="{C.SKIN_DEEP}" '
                 f'stroke-width="3" stroke-linecap="round" opacity="{f(op)}"/>')

    # Nose.
    o.append(f'<path d="M 258,228 C 258,244 266,254 266,260 C 266,267 256,269 248,265" fill="none" '
             f'stroke="{C.SKIN_DEEP}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>')

    # Mouth.
    o.append(mouth(e))

    if e.get("sweat"):
        o.append(f'<path d="M 186,168 C 180,180 176,186 176,192 C 176,199 186,199 186,192 '
                 f'C 186,186 184,180 186,168 Z" fill="{C.SWEAT}" stroke="#6FA8CF" stroke-width="1.5"/>'
                 f'<ellipse cx="180" cy="190" rx="1.8" ry="3" fill="#FFFFFF" opacity="0.9"/>')
    if e.get("vein"):
        vx, vy = parts["vein"]
        o.append(f'<g transform="translate({vx} {vy}) rotate(10)" fill="none" stroke="#C8362C" '
                 f'stroke-width="4" stroke-linecap="round">'
                 f'<path d="M -10,-4 Q -4,-4 -4,-10 M 4,-10 Q 4,-4 10,-4 '
                 f'M -10,4 Q -4,4 -4,10 M 4,10 Q 4,4 10,4"/></g>')

    # Phone at the ear on the viewer's right, held by a hand whose forearm rises from below.
    o.append(f'<path d="M 396,520 C 386,460 372,400 360,330 L 420,314 C 434,380 452,450 480,520 Z" '
             f'fill="{C.SWEATER_SHADE}"/>')
    o.append(f'<path d="M 356,318 L 424,300 L 430,326 L 362,344 Z" fill="{C.SWEATER_DARK}"/>')
    o.append('<g transform="rotate(14 352 232)">')
    o.append(f'<rect x="328" y="164" width="48" height="136" rx="11" fill="{C.PHONE}"/>')
    o.append(f'<rect x="332" y="168" width="8" height="128" rx="4" fill="{C.PHONE_EDGE}"/>')
    o.append("</g>")
    # Hand: a loose fist around the phone's lower half, fingertips towards the face.
    o.append('<g transform="rotate(14 352 232)">')
    o.append(f'<path d="M 364,280 L 362,336 L 404,336 L 402,280 Z" fill="{C.SKIN}"/>')
    o.append(f'<rect x="338" y="212" width="66" height="88" rx="22" fill="{C.SKIN}"/>')
    for y in (234, 256, 278):
        o.append(f'<path d="M 339,{y} L 366,{y}" stroke="{C.SKIN_SHADE}" stroke-width="3" '
                 f'stroke-linecap="round"/>')
    o.append(f'<path d="M 366,220 C 374,232 374,282 366,294" fill="none" stroke="{C.SKIN_SHADE}" '
             f'stroke-width="3" stroke-linecap="round"/>')
    o.append("</g>")
    o.append("</g>")
    o.append(f'<circle cx="256" cy="256" r="249" fill="none" stroke="{C.BG_RING}" stroke-width="2"/>')
    o.append("</svg>")
    return "\n".join(o) + "\n"


for WHO in ("man", "woman"):
    C = SimpleNamespace(**PALETTES[WHO])
    src = os.path.join(OUT, WHO, "src")
    os.makedirs(src, exist_ok=True)
    for name, e in EXPRESSIONS.items():
        e = dict(e, **e.get(WHO, {}))  # per-person tweaks, if any
        with open(os.path.join(src, name + ".svg"), "w", encoding="utf-8") as fh:
            fh.write(portrait(WHO, name, e))
PY
    local p n
    for p in man woman; do
        for n in calm annoyed angry worried relieved wary; do
            rsvg-convert -w 512 -h 512 -f png "$out/$p/src/$n.svg" -o "$out/$p/$n.png"
        done
    done
}

# Contact sheet: the six renders of each set at 200x200 (man above woman), on a light and on a
# dark strip.
make_sheet() {
    local w names="calm annoyed angry worried relieved wary" i n p y
    w=$(mktemp -d)
    for p in man woman; do
        mkdir -p "$w/$p"
        for n in $names; do cp "$portraits/$p/$n.png" "$w/$p/"; done
    done
    {
        echo '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1270" height="860">'
        echo '<rect width="1270" height="430" fill="#ffffff"/><rect y="430" width="1270" height="430" fill="#2a2a33"/>'
        for y in 10 440; do
            for p in man woman; do
                i=0
                for n in $names; do
                    echo "<image x=\"$((10 + i * 210))\" y=\"$y\" width=\"200\" height=\"200\" xlink:href=\"$p/$n.png\"/>"
                    i=$((i + 1))
                done
                y=$((y + 210))
            done
        done
        echo '</svg>'
    } > "$w/sheet.svg"
    rsvg-convert "$w/sheet.svg" -o "$1"
    rm -rf "$w"
}

mkdir -p "$sounds" "$portraits"
make_sounds "$sounds"
make_portraits "$portraits"
[ -n "$sheet" ] && make_sheet "$sheet"
echo "assets written:"
( cd "$root" && ls -l assets/sounds/*.ogg assets/portraits/*/*.png assets/portraits/*/src/*.svg | awk '{printf "  %8d  %s\n", $5, $9}' )
