#!/bin/sh
# Makes a base image for the platform's image without any registry: Debian bookworm (debootstrap, minimal) with
# a Java runtime linked (jlink) from a JDK 21+ of this machine, saved as a Docker archive that Jib reads:
#   sudo deploy/base-image-from-debian.sh /tmp/percorsi-base.tar [JDK]
#   ./mvnw -Pimage -DskipTests package -Dimage.base=tar:///tmp/percorsi-base.tar
# Needs root, debootstrap and a Debian mirror. For an air-gapped build or a check; where a registry is reachable
# the default base (eclipse-temurin:21-jre) is the one to use: it is maintained and receives security updates.
set -eu
out=${1:?usage: $0 OUTPUT.tar [JDK_HOME]}
jdk=${2:-${JAVA_HOME:-}}
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/jlink" ]; then
    jdk=$(ls -d /usr/lib/jvm/*21* /usr/lib/jvm/*2[2-9]* 2>/dev/null | while read -r d; do
        [ -x "$d/bin/jlink" ] && echo "$d"; done | tail -1)
fi
[ -n "$jdk" ] || { echo "no JDK 21+ with jlink found: give its directory" >&2; exit 1; }
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=ca-certificates,tzdata bookworm "$work/rootfs" "$mirror"
rm -rf "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/var/cache/apt/*.bin "$work"/rootfs/var/cache/apt/archives/*.deb
mkdir -p "$work/rootfs/opt/java"
# the modules the platform uses, with the locales (Italian dates and numbers) and the charsets
"$jdk/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.localedata,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.naming.dns,jdk.net,jdk.zipfs \
    --strip-debug --no-man-pages --no-header-files --output "$work/rootfs/opt/java/openjdk"

mkdir "$work/archive"
tar --numeric-owner -C "$work/rootfs" -cf "$work/archive/layer.tar" .
digest=$(sha256sum "$work/archive/layer.tar" | cut -d' ' -f1)
cat > "$work/archive/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$digest"]},"history":[{"created_by":"deploy/base-image-from-debian.sh: debootstrap bookworm minbase, jlink of $(basename "$jdk")"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["percorsi-base:bookworm"],"Layers":["layer.tar"]}]' > "$work/archive/manifest.json"
tar -C "$work/archive" -cf "$out" manifest.json config.json layer.tar
echo "base image written to $out"
