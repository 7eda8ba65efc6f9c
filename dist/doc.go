// Package dist holds what scopeguard installs beside its binary: the
// systemd unit (scopeguard.service). It has no code; its tests check the
// unit with systemd-analyze so a hardening regression fails the build.
package dist
