#!/bin/sh
# Installs the Debian packages newskg needs to build and test, only those that
# are missing, so `make run` and `make check` work on a fresh Debian 12 as root.
# Runs apt-get update at most once, and only when something must be installed.
set -e
# librdf-storage-sqlite: `newskg store` (Redland sqlite storage); virtuoso-opensource-7-bin:
# tests/suites/endpoint.sh (the -bin package has no service and asks nothing).
PKGS="make gcc pkg-config libraptor2-dev librdf0-dev librasqal3-dev libxml2-dev \
libcurl4-gnutls-dev raptor2-utils rasqal-utils libxml2-utils python3 graphviz \
clang libclang-rt-14-dev valgrind \
librdf-storage-sqlite virtuoso-opensource-7-bin"
missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "newskg: missing Debian packages:$missing (run as root, or: sudo apt-get install$missing)" >&2
  exit 1
fi
echo "newskg: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
