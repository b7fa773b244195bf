#!/usr/bin/env bash
# Installs what building and running Amiable needs on Debian or Ubuntu: a C toolchain,
# pkg-config and ALSA's headers (sound), the X11 and Vulkan libraries the window uses, Xvfb and
# Mesa's software Vulkan for running the window without a screen (tests, captures), and Rust
# (through rustup) when cargo is missing or too old for edition 2024. Safe to run again: it
# skips what is already there.
set -euo pipefail
need_apt=()
for pkg in build-essential pkg-config libasound2-dev libx11-6 libxcursor1 libxrandr2 libxi6 \
    libxkbcommon-x11-0 libvulkan1 mesa-vulkan-drivers xvfb xauth; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq "${need_apt[@]}"
fi
rust_ok() {
    command -v cargo >/dev/null 2>&1 || return 1
    local v
    v=$(rustc --version | awk '{print $2}')
    [ "$(printf '%s\n%s\n' 1.85.0 "$v" | sort -V | head -n1)" = 1.85.0 ]
}
if ! rust_ok; then
    [ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
fi
if ! rust_ok; then
    echo "Installing Rust with rustup (https://rustup.rs)…"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    . "$HOME/.cargo/env"
fi
