#!/usr/bin/env python3
"""Writes docs/FLAGS.md: every flag docker's and podman's CLIs have for the commands skiff
has, and whether skiff accepts it. Run where docker's client, podman and a built skiff are
installed (docker needs no daemon for --help):

    contrib/flag-table.py target/x86_64-unknown-linux-gnu/release/skiff > docs/FLAGS.md

The test `cli::issue16_flag_table_is_true` checks the table against skiff's own CLI."""

import re
import subprocess
import sys

COMMANDS = [
    "run", "create", "start", "stop", "restart", "kill", "pause", "unpause", "rm", "ps",
    "logs", "exec", "attach", "wait", "top", "stats", "port", "rename", "update", "cp",
    "diff", "commit", "export", "inspect", "events", "images", "rmi", "pull", "push", "tag",
    "save", "load", "import", "history", "build", "login", "logout", "search", "info",
    "version", "network create", "network ls", "network inspect", "network rm",
    "network connect", "network disconnect", "network prune", "volume create", "volume ls",
    "volume inspect", "volume rm", "volume prune", "system df", "system prune",
    "image prune", "container prune", "secret create", "secret ls", "secret inspect", "secret rm",
    "manifest create", "manifest add", "manifest annotate", "manifest inspect", "manifest push",
    "manifest rm", "pod create", "pod ps", "pod inspect", "pod start", "pod stop",
    "pod restart", "pod kill", "pod pause", "pod unpause", "pod rm", "pod prune", "pod top",
    "pod logs", "pod stats", "pod exists", "kube generate", "kube play", "kube down",
]

# Why skiff does not take a flag (by "command --flag", else by "--flag"); the rest: not yet.
WINDOWS = "Windows containers only"
SWARM = "swarm and cluster objects: skiff has no swarm"
TRUST = "image signing and content trust: not supported"
POD_USERNS = "a user namespace of the pod's own: give --userns and its maps to the pod's containers"
INFRA = "skiff's infra process is its own: no image, no command to choose"
ONE_PLATFORM = "a multi-platform image store (docker 28): skiff keeps one platform per image"
REASONS = {
    "--isolation": WINDOWS, "--cpu-count": WINDOWS, "--cpu-percent": WINDOWS,
    "--io-maxbandwidth": WINDOWS, "--io-maxiops": WINDOWS, "--os-feature": WINDOWS,
    "--os-version": WINDOWS,
    "--attachable": SWARM, "--ingress": SWARM, "--scope": SWARM, "--config-from": SWARM,
    "--config-only": SWARM, "--availability": SWARM, "--group": SWARM,
    "--limit-bytes": SWARM, "--required-bytes": SWARM, "--sharing": SWARM,
    "--topology-preferred": SWARM, "--topology-required": SWARM, "--cluster": SWARM,
    "volume create --secret": SWARM, "volume create --type": SWARM,
    "--disable-content-trust": TRUST, "--sign-by": TRUST, "--sign-by-sigstore-private-key": TRUST,
    "--sign-passphrase-file": TRUST, "--remove-signatures": TRUST, "--decryption-key": TRUST,
    "--identity-label": TRUST,
    "image prune --external": "containers of other tools in the store: skiff's store has only its own",
    "pod create --device": "give --device to the pod's containers: the pod's cgroup leaves devices as inherited",
    "pod create --userns": POD_USERNS, "pod create --uidmap": POD_USERNS,
    "pod create --gidmap": POD_USERNS, "pod create --subuidname": POD_USERNS,
    "pod create --subgidname": POD_USERNS,
    "pod create --infra-image": INFRA, "pod create --infra-command": INFRA,
    "pod create --infra-conmon-pidfile": "there is no conmon",
    "kube generate --podman-only": "podman's own annotations: skiff writes only Kubernetes fields",
    "history --platform": ONE_PLATFORM, "load --platform": ONE_PLATFORM,
    "save --platform": ONE_PLATFORM, "rmi --platform": ONE_PLATFORM,
    "push --platform": ONE_PLATFORM, "images --tree": ONE_PLATFORM,
    "--checkpoint": "checkpoint and restore (CRIU): not supported",
    "--checkpoint-dir": "checkpoint and restore (CRIU): not supported",
    "--conmon-pidfile": "there is no conmon: `--pidfile` gives the container's PID",
    "--use-api-socket": "there is no API socket: skiff has no daemon",
    "--disable-dns": "there is no DNS server to disable: names come from /etc/hosts",
    "network inspect --verbose": SWARM,
    "--init-path": "skiff's --init is built in: there is no init binary to choose",
    "--template-driver": SWARM,
    "secret create --driver-opts": "the file driver (the only one) has no options",
    "build --cpp-flag": "Containerfile.in through the C preprocessor: not supported",
    "build --hooks-dir": "OCI hooks: not supported",
    "build --runtime-flag": "there is no OCI runtime to pass flags to: skiff runs containers itself",
    "build --disable-compression": "the store keeps layers compressed as pushes need them: nothing to choose",
}


def reason(cmd, flag):
    return REASONS.get(f"{cmd} --{flag}") or REASONS.get(f"--{flag}") or "not yet"


FLAG = re.compile(r"^\s+(?:-(\w), )?--([a-z0-9][a-z0-9-]*)")


def flags(argv):
    """The long flags a --help text lists (hidden ones are not listed anywhere)."""
    try:
        out = subprocess.run(argv + ["--help"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return set()
    found = set()
    for line in out.stdout.splitlines():
        m = FLAG.match(line)
        if m and m.group(2) != "help":
            found.add(m.group(2))
    # clap lists a flag's other names as [aliases: --x, --y] (wrapped or not)
    text = " ".join(out.stdout.split())
    for names in re.findall(r"\[alias(?:es)?: ([^\]]+)\]", text):
        found.update(re.findall(r"--([a-z0-9][a-z0-9-]*)", names))
    return found


def main():
    skiff = sys.argv[1]
    print("# Flags of docker and podman, and skiff's answer\n")
    print("Generated by `contrib/flag-table.py` from `--help` of docker's client, podman and")
    print("skiff; `cli::issue16_flag_table_is_true` checks the skiff column against skiff's CLI.")
    print("✓: accepted (what it does is in the README and in the e2e tests of its feature;")
    print("this table only says that skiff takes it); —: refused with an error naming the flag,")
    print("and why: the reason, or \"not yet\".\n")
    for cmd in COMMANDS:
        words = cmd.split()
        # docker has no pods or kube: its --help of an unknown command is its global help
        d = set() if words[0] in ("pod", "kube") else flags(["docker"] + words)
        p, s = flags(["podman"] + words), flags([skiff] + words)
        print(f"## {cmd}\n")
        print("| flag | docker | podman | skiff |")
        print("|---|---|---|---|")
        for f in sorted(d | p):
            mark = lambda have: "✓" if f in have else ""
            answer = "✓" if f in s else f"— {reason(cmd, f)}"
            print(f"| `--{f}` | {mark(d)} | {mark(p)} | {answer} |")
        print()


if __name__ == "__main__":
    main()
