# Sourced by bin/test: the services' images are built and run with Debian's podman, as root and
# without a daemon (packages podman, runc and mmdebstrap; deploy/images/build); installed here
# when missing. Without them deploy/images' test is skipped, and says so.
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v mmdebstrap >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's podman, runc and mmdebstrap for the images' test ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      podman runc mmdebstrap >/dev/null
  else
    echo "The images' test needs root and Debian's podman, runc and mmdebstrap; it is skipped without them." >&2
  fi
fi
