#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Developer-only: times one MBA training epoch of the reference PyTorch code and of the kit, side by side, in
# interleaved rounds at one thread each, and prints both, their ratio and the machine's load. See README.md.
#
# Usage: tools/reference-timing/compare_epochs.sh [--cache DIR] [--rounds N] [--epochs N] [--models "dtaad mednet"]
#   --cache DIR   where the reference repositories are cloned (never inside the repository). Default:
#                 $MEDNET_REFERENCE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/mednet-reference.
#   DTAAD_REPO_URL, MEDNET_AUTHORS_REPO_URL  clone sources (default: the GitHub repositories; a local mirror path works).
#   PYTHON        interpreter with torch (default /usr/bin/python3, Debian's python3-torch 1.13).
#   MEDNET_DLL    the kit's CLI (default: src/MedNet.Notebooks/bin/Release/net10.0/mednet.dll; build it in Release first).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${MEDNET_REFERENCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mednet-reference}"
rounds=3
epochs=3
models="dtaad mednet"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cache) cache="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --epochs) epochs="$2"; shift 2 ;;
    --models) models="$2"; shift 2 ;;
    *) echo "compare_epochs.sh: unknown argument '$1' (expected --cache, --rounds, --epochs, --models)" >&2; exit 2 ;;
  esac
done
case "$cache" in
  "$repo"|"$repo"/*) echo "compare_epochs.sh: --cache '$cache' is inside the repository; the reference code must not be committed. Choose a folder outside it." >&2; exit 2 ;;
esac

python="${PYTHON:-/usr/bin/python3}"
dll="${MEDNET_DLL:-$repo/src/MedNet.Notebooks/bin/Release/net10.0/mednet.dll}"
[[ -f "$dll" ]] || { echo "compare_epochs.sh: the kit's CLI '$dll' is missing; run: dotnet build MedNet.Notebooks.sln -c Release" >&2; exit 1; }
data="${MEDNET_DATA:-$repo/data}/mba"
[[ -f "$data/train.csv" ]] || data="$repo/data/mba"

# Pinned reference commits: DTAAD's repository HEAD, and the only MED-Net code that trains on MBA (D-MN-23).
dtaad_commit=5cd728df792ee572bc470fb0b0b15d2f65db8b02
mednet_commit=569f3e5341ffecf01f5d8aff2e7b4d09ba050858
checkout() { # url dir commit
  if [[ ! -d "$2/.git" ]]; then git clone --quiet "$1" "$2"; fi
  # --force: a partial mirror may lack the repositories' large data files, which this script does not use.
  git -C "$2" -c advice.detachedHead=false checkout --force --quiet "$3" 2>/dev/null || true
  if [[ "$(git -C "$2" rev-parse HEAD)" != "$3" ]]; then
    git -C "$2" fetch --quiet origin "$3"
    git -C "$2" -c advice.detachedHead=false checkout --force --quiet "$3" 2>/dev/null || true
  fi
  [[ "$(git -C "$2" rev-parse HEAD)" == "$3" && -d "$2/src" ]] || { echo "compare_epochs.sh: could not check out $3 of $1 into $2" >&2; exit 1; }
}
mkdir -p "$cache"
checkout "${DTAAD_REPO_URL:-https://github.com/Yu-Lingrui/DTAAD}" "$cache/DTAAD" "$dtaad_commit"
checkout "${MEDNET_AUTHORS_REPO_URL:-https://github.com/EhsaasN/DUAL_TCN_ATTN}" "$cache/DUAL_TCN_ATTN" "$mednet_commit"

last() { grep -o 'seconds_per_epoch=[0-9.]*' | tail -1 | cut -d= -f2; }
echo "date=$(date -u +%Y-%m-%dT%H:%MZ) host_cpus=$(nproc) rounds=$rounds epochs_per_run=$epochs threads=1 kit_commit=$(git -C "$repo" rev-parse --short HEAD)"
echo "reference: DTAAD ${dtaad_commit:0:8} (float64), MED-Net authors' branch ${mednet_commit:0:8} (float64); python: $("$python" -c 'import torch; print("torch", torch.__version__)')"
for model in $models; do
  case "$model" in
    dtaad) ref="$cache/DTAAD" ;;
    mednet) ref="$cache/DUAL_TCN_ATTN" ;;
    *) echo "compare_epochs.sh: expected --models from 'dtaad mednet' but got '$model'" >&2; exit 2 ;;
  esac
  refs=(); kits=()
  for ((r = 1; r <= rounds; r++)); do
    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    t_ref="$("$python" "$here/reference_epoch.py" --repo "$ref" --model "$model" --data "$data" --epochs "$epochs" --threads 1 --seed "$r" 2>/dev/null | last)"
    t_kit="$(MEDNET_THREADS=1 dotnet "$dll" bench epoch --model "$model" --dataset mba --epochs "$epochs" --seed "$r" | last)"
    ratio="$(awk -v a="$t_ref" -v b="$t_kit" 'BEGIN { printf "%.2f", a / b }')"
    refs+=("$t_ref"); kits+=("$t_kit")
    echo "model=$model round=$r reference_seconds_per_epoch=$t_ref kit_seconds_per_epoch=$t_kit ratio=$ratio loadavg_before=\"$load_before\" loadavg_after=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  ratios=(); for ((i = 0; i < ${#refs[@]}; i++)); do ratios+=("$(awk -v a="${refs[$i]}" -v b="${kits[$i]}" 'BEGIN { printf "%.4f", a / b }')"); done
  echo "model=$model summary reference_median=$(median "${refs[@]}") kit_median=$(median "${kits[@]}") ratio_median=$(median "${ratios[@]}") ratio_range=$(printf '%s\n' "${ratios[@]}" | sort -g | head -1)-$(printf '%s\n' "${ratios[@]}" | sort -g | tail -1)"
done
