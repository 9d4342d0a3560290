#!/usr/bin/env bash
# Builds a Netzatlas package with jpackage from the application folder target/app.
#   installer/build.sh              Linux app-image  -> target/installer/Netzatlas/
#   installer/build.sh deb          Debian package   -> target/installer/netzatlas_<version>_amd64.deb
# Windows MSI: run installer\build.cmd on Windows (needs WiX 3.x on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"

if [ ! -f target/app/netzatlas.jar ]; then
  mvn -B -DskipTests package
fi
version="$(java -jar target/app/netzatlas.jar --version | head -n 1 | awk '{print $2}')"

mkdir -p target/installer
case "$type" in
  app-image)
    rm -rf target/installer/Netzatlas
    jpackage @installer/common.args @installer/linux.args --type app-image --app-version "$version"
    echo "App-Image: target/installer/Netzatlas/bin/Netzatlas"
    ;;
  deb|rpm)
    rm -f target/installer/*."$type"
    jpackage @installer/common.args @installer/linux.args @installer/linux-package.args \
      --type "$type" --app-version "$version"
    ls target/installer/*."$type"
    ;;
  *)
    echo "Unbekannter Pakettyp: $type (app-image, deb, rpm; MSI mit installer\\build.cmd unter Windows)" >&2
    exit 2
    ;;
esac
