#!/usr/bin/env bash
# Builds target/dist/mark1_VERSION_amd64.deb from target/mark1.jar (run by `mvn -B -Pdist package`).
#   1. jlink: a runtime of the modules mark1 uses, with the JDK classes' class-data-sharing archive;
#   2. jpackage: the `mark1` launcher and that runtime as an application image, then a .deb installing
#      it in /opt/mark1;
#   3. the .deb opened (dpkg-deb -R) and given what jpackage 17 cannot add: /usr/bin/mark1, the exhibit's
#      desktop entry and systemd user unit, and a class-data-sharing archive of mark1's own classes,
#      dumped by the packaged runtime from /opt/mark1 itself (a private mount, so the paths the
#      archive records are the installed ones), named in the launcher's options; then built again.
# Every file the package installs is in its file list, so `dpkg -r mark1` leaves nothing behind.
# Without jpackage (or jlink, fakeroot, dpkg-deb, unshare): one line and exit 2.
set -euo pipefail
version="$1"
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
linux="$root/src/main/dist/linux"
dist="$root/target/dist"
tool() {
  local t="$1"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$t" ]; then echo "$JAVA_HOME/bin/$t"; return; fi
  command -v "$t" || true
}
jpackage="$(tool jpackage)"; jlink="$(tool jlink)"
for need in jpackage jlink; do
  if [ -z "${!need}" ]; then
    echo "mark1: -Pdist: no $need in \$JAVA_HOME/bin or on the PATH; build with a full JDK 17 (Debian: openjdk-17-jdk), or drop -Pdist for target/mark1.jar alone" >&2
    exit 2
  fi
done
for need in fakeroot dpkg-deb unshare; do
  if ! command -v "$need" >/dev/null; then
    echo "mark1: -Pdist: $need is missing; install it (Debian: apt-get install fakeroot dpkg-dev util-linux) and build again" >&2
    exit 2
  fi
done
if [ ! -f "$root/target/mark1.jar" ]; then
  echo "mark1: -Pdist: target/mark1.jar is missing; run mvn -B -Pdist package (not a later phase alone)" >&2
  exit 2
fi

rm -rf "$dist"
mkdir -p "$dist/input"
cp -p "$root/target/mark1.jar" "$dist/input/"
# The modules the jar reaches (jdeps --print-module-deps), and jdk.unsupported/jdk.zipfs/jdk.charsets
# for what libraries reach by reflection.
modules=java.base,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.charsets
"$jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$dist/runtime"
"$jpackage" --type app-image --name mark1 --app-version "$version" --input "$dist/input" --main-jar mark1.jar \
  --main-class org.mark1.cli.Mark1 --runtime-image "$dist/runtime" --dest "$dist/image" \
  --java-options -Xms64m --java-options -XX:MaxRAMPercentage=50 --java-options -Xshare:auto \
  --description "Rosenblatt's Mark I Perceptron (1957-60) and McCulloch-Pitts nets: simulator and museum exhibit"
"$jpackage" --type deb --app-image "$dist/image/mark1" --name mark1 --app-version "$version" --dest "$dist/jpackage" \
  --install-dir /opt --linux-package-name mark1 --vendor "The mark1 project" --linux-deb-maintainer mark1@localhost \
  --linux-app-category science --description "Rosenblatt's Mark I Perceptron (1957-60): simulator and museum exhibit"

deb="$(ls "$dist"/jpackage/*.deb)"
tree="$dist/tree"
dpkg-deb -R "$deb" "$tree"
mkdir -p "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/lib/systemd/user"
ln -s /opt/mark1/bin/mark1 "$tree/usr/bin/mark1"
install -m 644 "$linux/mark1-exhibit.desktop" "$tree/usr/share/applications/"
install -m 644 "$linux/mark1-exhibit.service" "$tree/usr/lib/systemd/user/"

# mark1's classes as loaded by a short run, archived by the packaged runtime seen at /opt/mark1.
unshare --mount sh -ec '
  mount --make-rprivate /
  mount -t tmpfs mark1-build /opt
  mkdir /opt/mark1
  mount --bind "$1/opt/mark1" /opt/mark1
  cd "$(mktemp -d)"
  /opt/mark1/lib/runtime/bin/java -Xshare:auto -XX:ArchiveClassesAtExit=/opt/mark1/lib/app/mark1.jsa \
    -cp /opt/mark1/lib/app/mark1.jar org.mark1.cli.Mark1 run ibm704-left-right --set evaluation.freshPerClass=20 \
    --out run >/dev/null
' sh "$tree"
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/mark1.jsa\n' >> "$tree/opt/mark1/lib/app/mark1.cfg"

fakeroot dpkg-deb --build -Zgzip "$tree" "$dist/mark1_${version}_amd64.deb" >/dev/null
rm -rf "$dist/jpackage" "$dist/tree" "$dist/input" "$dist/runtime"
echo "mark1: built $(cd "$root" && realpath --relative-to=. "$dist/mark1_${version}_amd64.deb")"
