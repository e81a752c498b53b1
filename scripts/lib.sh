# Shared by the scripts in this folder: `source "$(dirname "$0")/lib.sh"`.
# Sets the repo root, the pinned tool versions and a PATH on which Trunk finds
# the tools that scripts/install put there (Trunk runs offline: it never downloads).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Pinned versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"   # npm package `binaryen`: wasm-opt 132 (Debian's wasm-opt 108 breaks the module)
TERSER_VERSION="5.51.4"      # npm package `terser`: minifies the wasm-bindgen glue (scripts/postbuild.mjs)
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
export TRUNK_VERSION BINARYEN_VERSION TERSER_VERSION WASM_BINDGEN_VERSION

# Project-local tools (git-ignored): wasm-opt from npm lives here.
TOOLS="$ROOT/tools"
export PATH="$TOOLS/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Trunk reads these (they override Trunk.toml's [tools] pins), so its versions
# always match the tools installed above.
export TRUNK_TOOLS_WASM_BINDGEN="$WASM_BINDGEN_VERSION"
export TRUNK_TOOLS_WASM_OPT="version_${BINARYEN_VERSION%%.*}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
