#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for the dashboard tests, Java for Spark.
# Installs only what is missing; without root or apt-get it says what to install and goes on.
set -eu
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
else
  echo "please install the Debian packages: ${need[*]} (browser and Spark tests are skipped without them)" >&2
fi
