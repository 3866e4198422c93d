# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= log-level= noout events-backend= storage-driver= cgroup-manager= runtime= storage-opt= url= remote connection= v/version h/help
end

function __fish_skiff_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_skiff_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_skiff_using_subcommand
    set -l cmd (__fish_skiff_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c skiff -n "__fish_skiff_needs_command" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_needs_command" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_needs_command" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_needs_command" -l runtime -d 'OCI runtime (podman; skiff runs containers itself: only skiff)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l storage-opt -d 'Storage option (podman): overlay.mount_program=PATH (fuse-overlayfs)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_needs_command" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_needs_command" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print version information and quit'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "run" -d 'Create and run a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "start" -d 'Start stopped containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "events" -d 'Get real time events from the server'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "healthcheck" -d 'Run container health checks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "generate" -d 'Generate structured data (systemd units)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "update" -d 'Change the cgroup limits and restart policy of containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "secret" -d 'Manage secrets (podman\'s: given to containers with run --secret)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "manifest" -d 'Manage manifest lists (multi-platform images)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pod" -d 'Manage pods: containers that share namespaces and a cgroup (podman\'s)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "kube" -d 'Kubernetes YAML: generate it from what runs here, play it, take it down'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "compose" -d 'Define and run multi-container applications (compose files)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "search" -d 'Search a registry for images (Docker Hub, or HOST/TERM for a registry\'s catalog)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "import" -d 'Import a tar archive as an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "load" -d 'Load images from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "builder" -d 'Manage the build cache'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Return low-level information on objects'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show version information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "unshare" -d 'Run a command (a shell by default) in the rootless user namespace, as root over the files of your containers\' subordinate ids'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR (repeatable; default: stdout, stderr and, with -i, stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l detach-keys -d 'Override the key sequence for detaching (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sig-proxy -d 'Proxy received signals to the container (false: they stop only this client)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l name -d 'Name the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to pass ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s u -l user -d 'User (name|uid[:group|gid]) in the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint ("" clears it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s v -l volume -d 'Bind mount or volume: SRC:DST[:ro], NAME:DST[:ro] or DST (anonymous)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tmpfs -d 'tmpfs mount: DST[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volumes-from -d 'Mount the volumes of another container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l stop-timeout -d 'Seconds to wait for the stop signal before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network -l net -d 'Network: the default bridge network (skiff), none, host, container:NAME, or a network made with `skiff network create` (NAME or name=NAME,alias=A,ip=IP); repeat to join several' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip -d 'IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ip6 -d 'IPv6 address on its (first) network (one made with --ipv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l link-local-ip -d 'Link-local address on its (first) network (169.254.0.0/16 or fe80::/64; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l mac-address -d 'MAC address on its (first) network (unicast, e.g. 02:42:ac:11:00:02)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp] (ranges: 8000-8010:80-90)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l expose -d 'Expose a port (PORT[/tcp|udp]) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l link -d 'Make another container reachable by name: CONTAINER[:ALIAS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns -d 'DNS server for /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l dns-option -l dns-opt -d 'resolv.conf option (ndots:2, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l restart -d 'Restart policy: no, always, unless-stopped, on-failure[:MAX]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-driver -d 'Logging driver: json-file (default, unless the config files name another), k8s-file, journald, none, passthrough (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-opt -d 'Log driver options: max-size=SIZE, max-file=N' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sdnotify -d 'systemd readiness: conmon (skiff sends READY=1 once the container runs), container (the container sends it through $NOTIFY_SOCKET), ignore' -r -f -a "conmon\t''
container\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-interval -d 'Time between running the check (e.g. 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-timeout -d 'Maximum time to allow one check to run' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-period -d 'Start period for the container to initialize before failures count' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-start-interval -d 'Time between checks during the start period (e.g. 1s; default: --health-interval)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l security-opt -d 'no-new-privileges, seccomp=unconfined|PROFILE.json' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device -d 'Add a host device: HOST[:CONTAINER[:rwm]], or a CDI device VENDOR/CLASS=NAME|all' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l gpus -d 'GPUs through NVIDIA\'s CDI spec: all, or device=ID[,ID…]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ulimit -d 'Ulimit: NAME=SOFT[:HARD]' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pid -d 'PID namespace: host (the host\'s processes), or private (default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l ipc -d 'IPC namespace: private (default), shareable, host, or none (no /dev/shm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroups -d 'Cgroup of its own: enabled, disabled (no limits possible), no-conmon (as enabled: the monitor never joins the container\'s cgroup)' -r -f -a "enabled\t''
disabled\t''
no-conmon\t''
split\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-parent -d 'Parent cgroup (default: beneath skiff\'s own cgroup)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l userns -d 'User namespace: host (default), private, auto[:size=N], keep-id[:uid=N,gid=N] (rootless), nomap (rootless)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l uidmap -d 'A uid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (rootless: HOST_ID is an id of your user namespace: 0 is you, 1.. your subordinate ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l gidmap -d 'A gid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (default: as --uidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l subuidname -d 'Map the container\'s uids to NAME\'s ranges in /etc/subuid' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l subgidname -d 'Map the container\'s gids to NAME\'s ranges in /etc/subgid (default: --subuidname\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pull -d 'Pull the image: missing, always, never' -r -f -a "missing\t''
always\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l platform -d 'Platform for the image when pulling' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l uts -d 'UTS namespace: private (its own hostname, the default), host, or container:NAME (another container\'s, as in a pod)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroupns -d 'Cgroup namespace: private (its own, the default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l group-add -d 'More groups for the process (a name in the container\'s /etc/group, or a gid)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-score-adj -d 'The OOM killer\'s preference for the container (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cidfile -d 'Write the container ID to FILE (which must not exist)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l label-file -d 'Read labels from a file of KEY=VALUE lines' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l annotation -d 'Add an annotation KEY=VALUE (inspect: HostConfig.Annotations)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l volume-driver -d 'Volume driver for the container\'s volumes (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runtime -d 'OCI runtime (skiff runs containers itself: only skiff)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-opt -d 'Storage options per container (the overlay store has none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l device-cgroup-rule -d 'Allow devices by rule, also ones created later (\'c 1:3 rwm\', \'b 7:* r\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l tz -d 'Timezone: local (the host\'s) or Area/City from the host\'s zoneinfo (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy) (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l unsetenv -d 'Leave out a variable the image (or skiff) sets by default (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l umask -d 'The file mode creation mask inside, octal (podman; default 0022)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pidfile -d 'Write the container\'s PID to FILE each time it starts (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l passwd-entry -d 'The /etc/passwd line for a --user uid the container lacks ($USERNAME, $UID, $GID, $NAME, $HOME) (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the container\'s process (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l requires -d 'Containers started before this one whenever it starts (podman; NAME[,NAME…], repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod -d 'Join a pod: NAME or ID, or new:NAME to create it with this container\'s network settings (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init-ctr -d 'A pod\'s init container, run to completion when the pod starts, before the others: always (every start) or once (then removed) (podman)' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l pod-id-file -d 'Join the pod whose ID this file holds (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l timeout -d 'Kill the container (SIGKILL) once it has run this many seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l systemd -d 'Systemd mode (tmpfs on /run, /run/lock, /tmp, /var/log/journal; container=skiff; stop signal SIGRTMIN+3): true (when the command is an init system), false, always (podman)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only-tmpfs -d 'With --read-only: writable tmpfs on /run, /tmp and /var/tmp (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l health-on-failure -d 'What to do once the health check says unhealthy: none, kill, restart (detached containers), stop (podman)' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-conf -d 'Write a cgroup file of the container: FILE=VALUE, e.g. memory.high=1073741824 (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-merge -d 'Set a variable, ${NAME} taken from the image\'s environment: PATH=/opt/bin:${PATH} (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l personality -d 'The execution domain: LINUX, or LINUX32 (uname -m says i686) (podman)' -r -f -a "LINUX\t''
LINUX32\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l seccomp-policy -d 'Which seccomp profile: default (skiff\'s, or --security-opt seccomp=), image (the image\'s io.containers.seccomp.profile label, when it has one) (podman)' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l image-volume -d 'What the image\'s VOLUMEs get: bind (an anonymous volume), tmpfs, or ignore (none) (podman)' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l passwd -d 'true: a --user uid the image\'s /etc/passwd lacks gets an entry; false: no entries added at all, not even --hostuser/--passwd-entry (podman; unset: only those)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l chrootdirs -d 'A directory inside treated as a chroot: /etc/hosts, /etc/hostname and /etc/resolv.conf are mounted beneath it too (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l secret -d 'Give the container a secret (`skiff secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0400] (podman; repeatable; files go to /run/secrets/NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand run" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand run" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s i -l interactive -d 'Keep stdin open'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l read-only -d 'Mount the root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand run" -s P -l publish-all -d 'Publish every exposed port to a random free host port'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l privileged -d 'Give extended privileges (all capabilities, no masked paths, all devices writable)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l replace -d 'Replace a container with the same name'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l env-host -d 'Pass the host\'s environment into the container (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l unsetenv-all -d 'Leave out every variable the image and skiff set by default (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rmi -d 'Remove the image too once the container is gone, unless in use (podman; implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l rootfs -d 'The first argument is a host directory to run as the root filesystem instead of an image (changes go into it; DIR:O puts them in an overlay of the container\'s own) (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand run" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s a -l attach -d 'The streams `start -a` attaches: STDIN, STDOUT, STDERR (repeatable; default: stdout, stderr and, with -i, stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l name -d 'Name the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to pass ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s u -l user -d 'User (name|uid[:group|gid]) in the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint ("" clears it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s v -l volume -d 'Bind mount or volume: SRC:DST[:ro], NAME:DST[:ro] or DST (anonymous)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tmpfs -d 'tmpfs mount: DST[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volumes-from -d 'Mount the volumes of another container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l stop-timeout -d 'Seconds to wait for the stop signal before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network -l net -d 'Network: the default bridge network (skiff), none, host, container:NAME, or a network made with `skiff network create` (NAME or name=NAME,alias=A,ip=IP); repeat to join several' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip -d 'IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ip6 -d 'IPv6 address on its (first) network (one made with --ipv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l link-local-ip -d 'Link-local address on its (first) network (169.254.0.0/16 or fe80::/64; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l mac-address -d 'MAC address on its (first) network (unicast, e.g. 02:42:ac:11:00:02)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp] (ranges: 8000-8010:80-90)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l expose -d 'Expose a port (PORT[/tcp|udp]) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l link -d 'Make another container reachable by name: CONTAINER[:ALIAS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns -d 'DNS server for /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l dns-option -l dns-opt -d 'resolv.conf option (ndots:2, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l restart -d 'Restart policy: no, always, unless-stopped, on-failure[:MAX]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-driver -d 'Logging driver: json-file (default, unless the config files name another), k8s-file, journald, none, passthrough (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-opt -d 'Log driver options: max-size=SIZE, max-file=N' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sdnotify -d 'systemd readiness: conmon (skiff sends READY=1 once the container runs), container (the container sends it through $NOTIFY_SOCKET), ignore' -r -f -a "conmon\t''
container\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-interval -d 'Time between running the check (e.g. 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-timeout -d 'Maximum time to allow one check to run' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-period -d 'Start period for the container to initialize before failures count' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-start-interval -d 'Time between checks during the start period (e.g. 1s; default: --health-interval)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l security-opt -d 'no-new-privileges, seccomp=unconfined|PROFILE.json' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device -d 'Add a host device: HOST[:CONTAINER[:rwm]], or a CDI device VENDOR/CLASS=NAME|all' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l gpus -d 'GPUs through NVIDIA\'s CDI spec: all, or device=ID[,ID…]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ulimit -d 'Ulimit: NAME=SOFT[:HARD]' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pid -d 'PID namespace: host (the host\'s processes), or private (default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l ipc -d 'IPC namespace: private (default), shareable, host, or none (no /dev/shm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroups -d 'Cgroup of its own: enabled, disabled (no limits possible), no-conmon (as enabled: the monitor never joins the container\'s cgroup)' -r -f -a "enabled\t''
disabled\t''
no-conmon\t''
split\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-parent -d 'Parent cgroup (default: beneath skiff\'s own cgroup)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l userns -d 'User namespace: host (default), private, auto[:size=N], keep-id[:uid=N,gid=N] (rootless), nomap (rootless)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l uidmap -d 'A uid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (rootless: HOST_ID is an id of your user namespace: 0 is you, 1.. your subordinate ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l gidmap -d 'A gid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (default: as --uidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l subuidname -d 'Map the container\'s uids to NAME\'s ranges in /etc/subuid' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l subgidname -d 'Map the container\'s gids to NAME\'s ranges in /etc/subgid (default: --subuidname\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pull -d 'Pull the image: missing, always, never' -r -f -a "missing\t''
always\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l platform -d 'Platform for the image when pulling' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l uts -d 'UTS namespace: private (its own hostname, the default), host, or container:NAME (another container\'s, as in a pod)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroupns -d 'Cgroup namespace: private (its own, the default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l group-add -d 'More groups for the process (a name in the container\'s /etc/group, or a gid)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-score-adj -d 'The OOM killer\'s preference for the container (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cidfile -d 'Write the container ID to FILE (which must not exist)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l label-file -d 'Read labels from a file of KEY=VALUE lines' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l annotation -d 'Add an annotation KEY=VALUE (inspect: HostConfig.Annotations)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l volume-driver -d 'Volume driver for the container\'s volumes (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runtime -d 'OCI runtime (skiff runs containers itself: only skiff)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-opt -d 'Storage options per container (the overlay store has none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l device-cgroup-rule -d 'Allow devices by rule, also ones created later (\'c 1:3 rwm\', \'b 7:* r\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l tz -d 'Timezone: local (the host\'s) or Area/City from the host\'s zoneinfo (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy) (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l unsetenv -d 'Leave out a variable the image (or skiff) sets by default (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l umask -d 'The file mode creation mask inside, octal (podman; default 0022)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pidfile -d 'Write the container\'s PID to FILE each time it starts (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l passwd-entry -d 'The /etc/passwd line for a --user uid the container lacks ($USERNAME, $UID, $GID, $NAME, $HOME) (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the container\'s process (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l requires -d 'Containers started before this one whenever it starts (podman; NAME[,NAME…], repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod -d 'Join a pod: NAME or ID, or new:NAME to create it with this container\'s network settings (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init-ctr -d 'A pod\'s init container, run to completion when the pod starts, before the others: always (every start) or once (then removed) (podman)' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l pod-id-file -d 'Join the pod whose ID this file holds (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l timeout -d 'Kill the container (SIGKILL) once it has run this many seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l systemd -d 'Systemd mode (tmpfs on /run, /run/lock, /tmp, /var/log/journal; container=skiff; stop signal SIGRTMIN+3): true (when the command is an init system), false, always (podman)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only-tmpfs -d 'With --read-only: writable tmpfs on /run, /tmp and /var/tmp (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l health-on-failure -d 'What to do once the health check says unhealthy: none, kill, restart (detached containers), stop (podman)' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-conf -d 'Write a cgroup file of the container: FILE=VALUE, e.g. memory.high=1073741824 (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-merge -d 'Set a variable, ${NAME} taken from the image\'s environment: PATH=/opt/bin:${PATH} (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l personality -d 'The execution domain: LINUX, or LINUX32 (uname -m says i686) (podman)' -r -f -a "LINUX\t''
LINUX32\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l seccomp-policy -d 'Which seccomp profile: default (skiff\'s, or --security-opt seccomp=), image (the image\'s io.containers.seccomp.profile label, when it has one) (podman)' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l image-volume -d 'What the image\'s VOLUMEs get: bind (an anonymous volume), tmpfs, or ignore (none) (podman)' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l passwd -d 'true: a --user uid the image\'s /etc/passwd lacks gets an entry; false: no entries added at all, not even --hostuser/--passwd-entry (podman; unset: only those)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l chrootdirs -d 'A directory inside treated as a chroot: /etc/hosts, /etc/hostname and /etc/resolv.conf are mounted beneath it too (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l secret -d 'Give the container a secret (`skiff secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0400] (podman; repeatable; files go to /run/secrets/NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s i -l interactive -d 'Keep stdin open'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l read-only -d 'Mount the root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand create" -s P -l publish-all -d 'Publish every exposed port to a random free host port'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l privileged -d 'Give extended privileges (all capabilities, no masked paths, all devices writable)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l replace -d 'Replace a container with the same name'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l env-host -d 'Pass the host\'s environment into the container (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l unsetenv-all -d 'Leave out every variable the image and skiff set by default (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rmi -d 'Remove the image too once the container is gone, unless in use (podman; implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l rootfs -d 'The first argument is a host directory to run as the root filesystem instead of an image (changes go into it; DIR:O puts them in an overlay of the container\'s own) (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l detach-keys -d 'Override the key sequence for detaching (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l sig-proxy -d 'Proxy received signals to the container (false: they stop only this client)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -s f -l filter -d 'Start the containers not running that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand start" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand start" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand start" -s a -l attach -d 'Attach stdout/stderr and wait for the container (its exit status is ours)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all-restartable -d 'Start every container whose restart policy brings it back after a reboot (always; unless-stopped unless stopped by hand)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l all -d 'Start every container that is not running (podman; `-a` is docker\'s --attach)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s l -l latest -d 'Start the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s n -l last -d 'Show the N last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s f -l filter -d 'Filter output (name=, id=, status=, ancestor=, label=, exited=, pod=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status (podman)' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s w -l watch -d 'List again every N seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l external -d 'Also containers made by other tools in the store (podman; skiff\'s store has only its own)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l ns -d 'The namespaces of each running container: PID and the inode of each namespace (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l sync -d 'Check each container\'s state with its process (podman; skiff\'s ps always does)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s p -l pod -d 'The pod of each container, its ID and name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s t -l time -d 'Seconds to wait for a running container to stop before it is killed (with -f; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l filter -d 'Remove the containers that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s f -l force -d 'Kill and remove running containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes too'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s i -l ignore -d 'Ignore containers that do not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l depend -d 'Also remove the containers that share its namespaces, and theirs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l latest -d 'Remove the latest container created (podman\'s; only the long form, as -l is docker\'s for links)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s l -l link -d 'Remove a link (CONTAINER/ALIAS) instead of a container: the container stays'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l condition -d 'Wait for a state instead of the end: created, running, paused, exited, stopped, healthy or unhealthy (podman; several: any of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s i -l interval -d 'How often to look, with --condition (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l ignore -d 'Ignore containers that do not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand top" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand top" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand top" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand top" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand port" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand port" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand port" -s a -l all -d 'Every running container\'s published ports, each line after its ID (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand port" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l format -d 'json: {"changed": […], "added": […], "deleted": […]} (podman)' -r -f -a "json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s L -l follow-link -d 'Always follow symbolic links in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s q -l quiet -d 'Suppress progress output (accepted; cp prints nothing)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l since -d 'Show logs since a timestamp (RFC 3339, unix seconds) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l until -d 'Show logs before a timestamp or relative time' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l names -d 'With several containers, prefix lines with their names instead of IDs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l color -d 'With several containers, give each its own colour (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l details -d 'Show the attributes `--log-opt labels=…,env=…` attach to each line'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the command (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l detach-keys -d 'The key sequence that detaches from `exec -it`, leaving the command running (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l since -d 'Show events created since this time (RFC 3339, unix seconds, or relative like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l until -d 'Stream events until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -s f -l filter -d 'Filter: container=, event=, type=, image=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l stream -d 'Keep following new events (podman; false: stop at the last one recorded)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l no-trunc -d 'Full IDs (podman; false: the first 12 characters in the plain lines)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand events" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand events" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand events" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand events" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run a container\'s health check now and print the result'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a container\'s health check now and print the result'
complete -c skiff -n "__fish_skiff_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "systemd" -d 'Generate a systemd unit file for a container'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "kube" -d 'Kubernetes YAML for pods, containers and volumes (as `kube generate`)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and not __fish_seen_subcommand_from systemd kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s t -l time -d 'Stop timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l restart-policy -d 'systemd restart policy' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l new -d 'Create a new container when the unit starts, and remove it when it stops'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s n -l name -d 'Use the container\'s name instead of its ID in the unit'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from systemd" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s t -l type -d 'What the pods become: pod, deployment, daemonset or job' -r -f -a "pod\t''
deployment\t''
daemonset\t''
job\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l replicas -d 'Replicas of a deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l compose -d 'A compose project instead: its services as Deployments, Services, claims, ConfigMaps and Secrets (`--compose=FILE`, repeatable; alone: compose.yaml)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Also a Service for the published ports'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "systemd" -d 'Generate a systemd unit file for a container'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Kubernetes YAML for pods, containers and volumes (as `kube generate`)'
complete -c skiff -n "__fish_skiff_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s i -l interval -d 'Seconds between updates (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l no-reset -d 'Do not clear the terminal between updates (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l restart -d 'Restart policy to apply when the container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand update" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand update" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand update" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand update" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand update" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand update" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand update" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l detach-keys -d 'Override the key sequence for detaching (e.g. ctrl-x,q)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s s -l signal -d 'Signal to send instead of the container\'s stop signal' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s i -l ignore -d 'Ignore containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s s -l signal -d 'Signal to stop it with instead of the container\'s stop signal' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l running -d 'With -a or --filter: only the running ones (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "run" -d 'Create and run a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "exists" -d 'Exit 0 when the container exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "start" -d 'Start stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "list" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "update" -d 'Change the cgroup limits and restart policy of containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and not __fish_seen_subcommand_from run exists create start ls list ps rm rename wait inspect prune top port diff cp logs exec attach stats update export commit stop kill restart pause unpause help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR (repeatable; default: stdout, stderr and, with -i, stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Override the key sequence for detaching (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Proxy received signals to the container (false: they stop only this client)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Name the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to pass ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User (name|uid[:group|gid]) in the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint ("" clears it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount or volume: SRC:DST[:ro], NAME:DST[:ro] or DST (anonymous)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'tmpfs mount: DST[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes of another container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait for the stop signal before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Network: the default bridge network (skiff), none, host, container:NAME, or a network made with `skiff network create` (NAME or name=NAME,alias=A,ip=IP); repeat to join several' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'IPv6 address on its (first) network (one made with --ipv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l link-local-ip -d 'Link-local address on its (first) network (169.254.0.0/16 or fe80::/64; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'MAC address on its (first) network (unicast, e.g. 02:42:ac:11:00:02)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp] (ranges: 8000-8010:80-90)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port (PORT[/tcp|udp]) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l link -d 'Make another container reachable by name: CONTAINER[:ALIAS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'DNS server for /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -l dns-opt -d 'resolv.conf option (ndots:2, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy: no, always, unless-stopped, on-failure[:MAX]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver: json-file (default, unless the config files name another), k8s-file, journald, none, passthrough (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log driver options: max-size=SIZE, max-file=N' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'systemd readiness: conmon (skiff sends READY=1 once the container runs), container (the container sends it through $NOTIFY_SOCKET), ignore' -r -f -a "conmon\t''
container\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between running the check (e.g. 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Maximum time to allow one check to run' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Start period for the container to initialize before failures count' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-interval -d 'Time between checks during the start period (e.g. 1s; default: --health-interval)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'no-new-privileges, seccomp=unconfined|PROFILE.json' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Add a host device: HOST[:CONTAINER[:rwm]], or a CDI device VENDOR/CLASS=NAME|all' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l gpus -d 'GPUs through NVIDIA\'s CDI spec: all, or device=ID[,ID…]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Ulimit: NAME=SOFT[:HARD]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace: host (the host\'s processes), or private (default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace: private (default), shareable, host, or none (no /dev/shm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Cgroup of its own: enabled, disabled (no limits possible), no-conmon (as enabled: the monitor never joins the container\'s cgroup)' -r -f -a "enabled\t''
disabled\t''
no-conmon\t''
split\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Parent cgroup (default: beneath skiff\'s own cgroup)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace: host (default), private, auto[:size=N], keep-id[:uid=N,gid=N] (rootless), nomap (rootless)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'A uid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (rootless: HOST_ID is an id of your user namespace: 0 is you, 1.. your subordinate ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'A gid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (default: as --uidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l subuidname -d 'Map the container\'s uids to NAME\'s ranges in /etc/subuid' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l subgidname -d 'Map the container\'s gids to NAME\'s ranges in /etc/subgid (default: --subuidname\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image: missing, always, never' -r -f -a "missing\t''
always\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Platform for the image when pulling' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace: private (its own hostname, the default), host, or container:NAME (another container\'s, as in a pod)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'Cgroup namespace: private (its own, the default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'More groups for the process (a name in the container\'s /etc/group, or a gid)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'The OOM killer\'s preference for the container (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container ID to FILE (which must not exist)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels from a file of KEY=VALUE lines' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation KEY=VALUE (inspect: HostConfig.Annotations)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l volume-driver -d 'Volume driver for the container\'s volumes (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'OCI runtime (skiff runs containers itself: only skiff)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage options per container (the overlay store has none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l device-cgroup-rule -d 'Allow devices by rule, also ones created later (\'c 1:3 rwm\', \'b 7:* r\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Timezone: local (the host\'s) or Area/City from the host\'s zoneinfo (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy) (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv -d 'Leave out a variable the image (or skiff) sets by default (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'The file mode creation mask inside, octal (podman; default 0022)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the container\'s PID to FILE each time it starts (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'The /etc/passwd line for a --user uid the container lacks ($USERNAME, $UID, $GID, $NAME, $HOME) (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the container\'s process (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l requires -d 'Containers started before this one whenever it starts (podman; NAME[,NAME…], repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Join a pod: NAME or ID, or new:NAME to create it with this container\'s network settings (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init-ctr -d 'A pod\'s init container, run to completion when the pod starts, before the others: always (every start) or once (then removed) (podman)' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l pod-id-file -d 'Join the pod whose ID this file holds (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Kill the container (SIGKILL) once it has run this many seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l systemd -d 'Systemd mode (tmpfs on /run, /run/lock, /tmp, /var/log/journal; container=skiff; stop signal SIGRTMIN+3): true (when the command is an init system), false, always (podman)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'With --read-only: writable tmpfs on /run, /tmp and /var/tmp (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What to do once the health check says unhealthy: none, kill, restart (detached containers), stop (podman)' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-conf -d 'Write a cgroup file of the container: FILE=VALUE, e.g. memory.high=1073741824 (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-merge -d 'Set a variable, ${NAME} taken from the image\'s environment: PATH=/opt/bin:${PATH} (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l personality -d 'The execution domain: LINUX, or LINUX32 (uname -m says i686) (podman)' -r -f -a "LINUX\t''
LINUX32\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l seccomp-policy -d 'Which seccomp profile: default (skiff\'s, or --security-opt seccomp=), image (the image\'s io.containers.seccomp.profile label, when it has one) (podman)' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l image-volume -d 'What the image\'s VOLUMEs get: bind (an anonymous volume), tmpfs, or ignore (none) (podman)' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd -d 'true: a --user uid the image\'s /etc/passwd lacks gets an entry; false: no entries added at all, not even --hostuser/--passwd-entry (podman; unset: only those)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l chrootdirs -d 'A directory inside treated as a chroot: /etc/hosts, /etc/hostname and /etc/resolv.conf are mounted beneath it too (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Give the container a secret (`skiff secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0400] (podman; repeatable; files go to /run/secrets/NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container ID'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep stdin open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every exposed port to a random free host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges (all capabilities, no masked paths, all devices writable)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Replace a container with the same name'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass the host\'s environment into the container (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv-all -d 'Leave out every variable the image and skiff set by default (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove the image too once the container is gone, unless in use (podman; implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l rootfs -d 'The first argument is a host directory to run as the root filesystem instead of an image (changes go into it; DIR:O puts them in an overlay of the container\'s own) (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from run" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'The streams `start -a` attaches: STDIN, STDOUT, STDERR (repeatable; default: stdout, stderr and, with -i, stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Name the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set environment variables (KEY=VALUE, or KEY to pass ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User (name|uid[:group|gid]) in the container\'s /etc/passwd' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint ("" clears it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Container host name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l domainname -d 'Container NIS domain name' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount or volume: SRC:DST[:ro], NAME:DST[:ro] or DST (anonymous)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'tmpfs mount: DST[:OPTIONS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes of another container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal to stop the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait for the stop signal before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Network: the default bridge network (skiff), none, host, container:NAME, or a network made with `skiff network create` (NAME or name=NAME,alias=A,ip=IP); repeat to join several' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Another name for the container on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'IPv6 address on its (first) network (one made with --ipv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l link-local-ip -d 'Link-local address on its (first) network (169.254.0.0/16 or fe80::/64; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'MAC address on its (first) network (unicast, e.g. 02:42:ac:11:00:02)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp] (ranges: 8000-8010:80-90)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port (PORT[/tcp|udp]) without publishing it' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l link -d 'Make another container reachable by name: CONTAINER[:ALIAS]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain ("." for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -l dns-opt -d 'resolv.conf option (ndots:2, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy: no, always, unless-stopped, on-failure[:MAX]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver: json-file (default, unless the config files name another), k8s-file, journald, none, passthrough (foreground only)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log driver options: max-size=SIZE, max-file=N' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'systemd readiness: conmon (skiff sends READY=1 once the container runs), container (the container sends it through $NOTIFY_SOCKET), ignore' -r -f -a "conmon\t''
container\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'Command to run to check health' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between running the check (e.g. 30s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Maximum time to allow one check to run' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Consecutive failures needed to report unhealthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Start period for the container to initialize before failures count' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-interval -d 'Time between checks during the start period (e.g. 1s; default: --health-interval)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'no-new-privileges, seccomp=unconfined|PROFILE.json' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Add a host device: HOST[:CONTAINER[:rwm]], or a CDI device VENDOR/CLASS=NAME|all' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l gpus -d 'GPUs through NVIDIA\'s CDI spec: all, or device=ID[,ID…]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Ulimit: NAME=SOFT[:HARD]' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace: host (the host\'s processes), or private (default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace: private (default), shareable, host, or none (no /dev/shm)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Namespaced kernel parameters (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Cgroup of its own: enabled, disabled (no limits possible), no-conmon (as enabled: the monitor never joins the container\'s cgroup)' -r -f -a "enabled\t''
disabled\t''
no-conmon\t''
split\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Parent cgroup (default: beneath skiff\'s own cgroup)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace: host (default), private, auto[:size=N], keep-id[:uid=N,gid=N] (rootless), nomap (rootless)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'A uid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (rootless: HOST_ID is an id of your user namespace: 0 is you, 1.. your subordinate ids)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'A gid map of the container\'s own, CONTAINER_ID:HOST_ID:SIZE (default: as --uidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l subuidname -d 'Map the container\'s uids to NAME\'s ranges in /etc/subuid' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l subgidname -d 'Map the container\'s gids to NAME\'s ranges in /etc/subgid (default: --subuidname\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image: missing, always, never' -r -f -a "missing\t''
always\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Platform for the image when pulling' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace: private (its own hostname, the default), host, or container:NAME (another container\'s, as in a pod)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'Cgroup namespace: private (its own, the default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'More groups for the process (a name in the container\'s /etc/group, or a gid)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'The OOM killer\'s preference for the container (-1000 to 1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container ID to FILE (which must not exist)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file of KEY=VALUE lines' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation KEY=VALUE (inspect: HostConfig.Annotations)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l volume-driver -d 'Volume driver for the container\'s volumes (only local)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'OCI runtime (skiff runs containers itself: only skiff)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage options per container (the overlay store has none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l device-cgroup-rule -d 'Allow devices by rule, also ones created later (\'c 1:3 rwm\', \'b 7:* r\')' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Timezone: local (the host\'s) or Area/City from the host\'s zoneinfo (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Pass the host\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy) (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv -d 'Leave out a variable the image (or skiff) sets by default (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'The file mode creation mask inside, octal (podman; default 0022)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the container\'s PID to FILE each time it starts (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Add a host user (name or uid) to the container\'s /etc/passwd (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'The /etc/passwd line for a --user uid the container lacks ($USERNAME, $UID, $GID, $NAME, $HOME) (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the container\'s process (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l requires -d 'Containers started before this one whenever it starts (podman; NAME[,NAME…], repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Join a pod: NAME or ID, or new:NAME to create it with this container\'s network settings (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init-ctr -d 'A pod\'s init container, run to completion when the pod starts, before the others: always (every start) or once (then removed) (podman)' -r -f -a "always\t''
once\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Join the pod whose ID this file holds (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Kill the container (SIGKILL) once it has run this many seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l systemd -d 'Systemd mode (tmpfs on /run, /run/lock, /tmp, /var/log/journal; container=skiff; stop signal SIGRTMIN+3): true (when the command is an init system), false, always (podman)' -r -f -a "true\t''
false\t''
always\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'With --read-only: writable tmpfs on /run, /tmp and /var/tmp (podman; off unless asked for, as docker)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What to do once the health check says unhealthy: none, kill, restart (detached containers), stop (podman)' -r -f -a "none\t''
kill\t''
restart\t''
stop\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-conf -d 'Write a cgroup file of the container: FILE=VALUE, e.g. memory.high=1073741824 (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-merge -d 'Set a variable, ${NAME} taken from the image\'s environment: PATH=/opt/bin:${PATH} (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l personality -d 'The execution domain: LINUX, or LINUX32 (uname -m says i686) (podman)' -r -f -a "LINUX\t''
LINUX32\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l seccomp-policy -d 'Which seccomp profile: default (skiff\'s, or --security-opt seccomp=), image (the image\'s io.containers.seccomp.profile label, when it has one) (podman)' -r -f -a "default\t''
image\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l image-volume -d 'What the image\'s VOLUMEs get: bind (an anonymous volume), tmpfs, or ignore (none) (podman)' -r -f -a "bind\t''
tmpfs\t''
ignore\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd -d 'true: a --user uid the image\'s /etc/passwd lacks gets an entry; false: no entries added at all, not even --hostuser/--passwd-entry (podman; unset: only those)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l chrootdirs -d 'A directory inside treated as a chroot: /etc/hosts, /etc/hostname and /etc/resolv.conf are mounted beneath it too (podman; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Give the container a secret (`skiff secret create`): NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0400] (podman; repeatable; files go to /run/secrets/NAME)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Suppress the pull output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep stdin open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the root filesystem read-only'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every exposed port to a random free host port'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable any container-specified HEALTHCHECK'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run a tiny init as PID 1 that forwards signals and reaps zombies'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges (all capabilities, no masked paths, all devices writable)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Replace a container with the same name'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass the host\'s environment into the container (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv-all -d 'Leave out every variable the image and skiff set by default (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rmi -d 'Remove the image too once the container is gone, unless in use (podman; implies --rm)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Leave the image\'s /etc/hosts as it is (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l rootfs -d 'The first argument is a host directory to run as the root filesystem instead of an image (changes go into it; DIR:O puts them in an overlay of the container\'s own) (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Override the key sequence for detaching (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Proxy received signals to the container (false: they stop only this client)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Start the containers not running that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach stdout/stderr and wait for the container (its exit status is ours)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Attach stdin'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all-restartable -d 'Start every container whose restart policy brings it back after a reboot (always; unless-stopped unless stopped by hand)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container that is not running (podman; `-a` is docker\'s --attach)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Start the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show the N last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (name=, id=, status=, ancestor=, label=, exited=, pod=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status (podman)' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s w -l watch -d 'List again every N seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Also containers made by other tools in the store (podman; skiff\'s store has only its own)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l ns -d 'The namespaces of each running container: PID and the inode of each namespace (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l sync -d 'Check each container\'s state with its process (podman; skiff\'s ps always does)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'The pod of each container, its ID and name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show the N last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (name=, id=, status=, ancestor=, label=, exited=, pod=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status (podman)' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s w -l watch -d 'List again every N seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Also containers made by other tools in the store (podman; skiff\'s store has only its own)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l ns -d 'The namespaces of each running container: PID and the inode of each namespace (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l sync -d 'Check each container\'s state with its process (podman; skiff\'s ps always does)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s p -l pod -d 'The pod of each container, its ID and name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show the N last created containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter output (name=, id=, status=, ancestor=, label=, exited=, pod=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by command, created, id, image, names, runningfor, size or status (podman)' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'List again every N seconds (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show the latest created container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display container IDs'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display total file sizes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Also containers made by other tools in the store (podman; skiff\'s store has only its own)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'The namespaces of each running container: PID and the inode of each namespace (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l sync -d 'Check each container\'s state with its process (podman; skiff\'s ps always does)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'The pod of each container, its ID and name (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for a running container to stop before it is killed (with -f; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Remove the containers that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Kill and remove running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes too'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore containers that do not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Also remove the containers that share its namespaces, and theirs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l latest -d 'Remove the latest container created (podman\'s; only the long form, as -l is docker\'s for links)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l link -d 'Remove a link (CONTAINER/ALIAS) instead of a container: the container stays'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Wait for a state instead of the end: created, running, paused, exited, stopped, healthy or unhealthy (podman; several: any of them)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'How often to look, with --condition (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l ignore -d 'Ignore containers that do not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Add the container\'s sizes (SizeRw, SizeRootFs)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Every running container\'s published ports, each line after its ID (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'json: {"changed": […], "added": […], "deleted": […]} (podman)' -r -f -a "json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbolic links in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s q -l quiet -d 'Suppress progress output (accepted; cp prints nothing)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp (RFC 3339, unix seconds) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp or relative time' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l names -d 'With several containers, prefix lines with their names instead of IDs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'With several containers, give each its own colour (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l details -d 'Show the attributes `--log-opt labels=…,env=…` attach to each line'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'Username or UID (format: <name|uid>[:<group|gid>])' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read in a file of environment variables' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l preserve-fds -d 'Pass the caller\'s file descriptors 3..3+N into the command (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'The key sequence that detaches from `exec -it`, leaving the command running (default ctrl-p,ctrl-q; "" for none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the command'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Override the key sequence for detaching (e.g. ctrl-x,q)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Proxy received signals to the container' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not attach STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Seconds between updates (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show all containers (default shows just running)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Disable streaming stats and only pull the first result'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the terminal between updates (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l restart -d 'Restart policy to apply when the container exits' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR, STOPSIGNAL, SHELL' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container while its changes are read' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'Write the image ID to this file too (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'The manifest format push uses for it: oci or docker (podman; default docker)' -r -f -a "oci\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print only the image ID (podman; it is all commit prints)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'The container\'s volume and bind mount destinations become the image\'s VOLUMEs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'One layer: the image\'s and the container\'s changes squashed together (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s s -l signal -d 'Signal to send instead of the container\'s stop signal' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore containers that do not exist'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait before killing the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s s -l signal -d 'Signal to stop it with instead of the container\'s stop signal' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With -a or --filter: only the running ones (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read the container\'s ID from a file (podman; repeatable)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s f -l filter -d 'Those of the containers this applies to that pass a filter (as ps --filter; podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Every container this applies to'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Create and run a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the container exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the cgroup limits and restart policy of containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "list" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "inspect" -d 'Display detailed information on volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "remove" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "prune" -d 'Remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver (only "local")' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver option: type=none,o=bind,device=/PATH binds a host directory' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, driver=, label=KEY[=VALUE], label!=…, and dangling=true|false (used by no container)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave the header line out (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, driver=, label=KEY[=VALUE], label!=…, and dangling=true|false (used by no container)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display volume names'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l noheading -d 'Leave the header line out (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Every volume (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'With -f: the containers using it are stopped (SIGKILL after SECONDS) and removed first (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove even when a container uses it'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every volume (podman; those in use only with -f)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s t -l time -d 'With -f: the containers using it are stopped (SIGKILL after SECONDS) and removed first (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove even when a container uses it'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every volume (podman; those in use only with -f)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s a -l all -d 'Also named volumes, not only anonymous ones'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "exists" -d 'Exit 0 when the network exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "list" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "remove" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "prune" -d 'Remove all networks no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "reload" -d 'Apply the firewall rules of running containers again (after the host\'s rules were changed by something else, e.g. Docker starting)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and not __fish_seen_subcommand_from create exists ls list inspect rm remove prune connect disconnect reload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Driver to manage the network (bridge)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'Subnet in CIDR format (one IPv4, one IPv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'Gateway of a subnet (one IPv4, one IPv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'Allocate container addresses from a sub-range (one IPv4, one IPv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'Enable IPv6 networking (dual stack; a unique local /64 unless --subnet gives one)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv4 -d 'IPv4 on the network (the default; --ipv4=false, an IPv6-only network, is refused: skiff\'s networks always have IPv4)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set metadata on a network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: com.docker.network.bridge.name, mtu, enable_ip_masquerade, enable_icc, host_binding_ipv4 (docker\'s com.docker.network.* names)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l aux-address -d 'An address the network never hands out (NAME=IP, repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IP address management driver (only default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-opt -d 'IPAM driver options' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l interface-name -d 'The bridge\'s interface name (podman; the same as -o com.docker.network.bridge.name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'Restrict external access to the network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l ignore -d 'No error when the network exists already (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Format output with a Go template (.ID, .Name, .Driver, .Scope), or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE], label!=…, type=custom|builtin, dangling=true|false (no container on it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Full network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave the header line out (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Format output with a Go template (.ID, .Name, .Driver, .Scope), or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE], label!=…, type=custom|builtin, dangling=true|false (no container on it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Full network IDs'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Leave the header line out (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'With -f: the containers using it are stopped (SIGKILL after SECONDS) and removed first (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'No error for a network that does not exist (docker\'s meaning)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s t -l time -d 'With -f: the containers using it are stopped (SIGKILL after SECONDS) and removed first (podman)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'No error for a network that does not exist (docker\'s meaning)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name for the container on this network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'IPv4 address on this network' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'IPv6 address on this network (one with IPv6)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l link-local-ip -d 'A link-local address (169.254.0.0/16 or fe80::/64) on the interface' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The interface\'s MAC address (unicast; else one derived from its address)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l link -d 'Add a link to another container: NAME[:ALIAS] (its name resolves on this network)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l gw-priority -d 'The network of the highest priority carries the container\'s default route' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l driver-opt -d 'Endpoint driver options: com.docker.network.endpoint.ifname=NAME, com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.KEY=VALUE[,…]' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for docker compatibility'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Every running container'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the network exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all networks no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "reload" -d 'Apply the firewall rules of running containers again (after the host\'s rules were changed by something else, e.g. Docker starting)'
complete -c skiff -n "__fish_skiff_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "create" -d 'Create a secret from a file or - (stdin)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "ls" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "list" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "inspect" -d 'Display detailed information on secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "rm" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "remove" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and not __fish_seen_subcommand_from create exists ls list inspect rm remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'The driver (only "file")' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l env -d 'Read the secret from this environment variable instead of a file'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l replace -d 'Replace a secret of the same name'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Only those that match: name=, id= (prefixes), label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display IDs'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave the header line out'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s f -l filter -d 'Only those that match: name=, id= (prefixes), label=KEY[=VALUE]' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only display IDs'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l noheading -d 'Leave the header line out'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l showsecret -d 'Include the secret\'s value (SecretData)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print in a human-friendly format'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every secret'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'No error for a secret that does not exist'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every secret'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'No error for a secret that does not exist'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a secret from a file or - (stdin)'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "create" -d 'Create a manifest list, from the images given (local, or pulled)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "add" -d 'Add an image (local, or pulled) to a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "annotate" -d 'Set an entry\'s platform and annotations (or the list\'s, with --index)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "remove" -d 'Take an entry out of a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "inspect" -d 'Show a manifest list (a local one, else the registry\'s manifest or list)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "push" -d 'Push a manifest list and every image in it'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "rm" -d 'Remove manifest lists (their images stay)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "exists" -d 'Exit 0 when the manifest list exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and not __fish_seen_subcommand_from create add annotate remove inspect push rm exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l annotation -d 'An annotation on each entry added, KEY=VALUE' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s a -l amend -d 'Add to the list when it exists already'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l all -d 'Every platform of an image that is a list, not only this machine\'s'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l insecure -d 'Allow plain HTTP registries (docker\'s; as --tls-verify=false)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l arch -d 'The entry\'s architecture' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os -d 'The entry\'s OS' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l variant -d 'The entry\'s architecture variant' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os-version -d 'The entry\'s OS version' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l os-features -l features -d 'The entry\'s OS features (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l annotation -d 'An annotation on the entry, KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l all -d 'Every platform of an image that is a list, not only this machine\'s'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l arch -d 'The entry\'s architecture' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os -d 'The entry\'s OS' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l variant -d 'The entry\'s architecture variant' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-version -d 'The entry\'s OS version' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l os-features -l features -d 'The entry\'s OS features (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l annotation -d 'An annotation on the entry, KEY=VALUE (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l index -d 'Annotate the list itself (its --annotation values)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from annotate" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l insecure -d 'Allow plain HTTP registries (docker\'s; as --tls-verify=false)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Accepted as docker\'s: the list is shown whole'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format of the images: oci or v2s2 (docker)' -r -f -a "oci\t''
v2s2\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l compression-format -d 'Compression of layers that must be compressed for the push: gzip or zstd' -r -f -a "gzip\t''
zstd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the list\'s digest to FILE' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l all -d 'Push every image of the list (always: a list\'s images must be in the registry)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s p -l purge -l rm -d 'Remove the local list once pushed'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing but errors'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l insecure -d 'Allow plain HTTP registries (docker\'s; as --tls-verify=false)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a manifest list, from the images given (local, or pulled)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an image (local, or pulled) to a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "annotate" -d 'Set an entry\'s platform and annotations (or the list\'s, with --index)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take an entry out of a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a manifest list (a local one, else the registry\'s manifest or list)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push a manifest list and every image in it'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove manifest lists (their images stay)'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the manifest list exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "create" -d 'Create a pod: an infra container holding the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "inspect" -d 'Display a pod\'s configuration and state (JSON)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "kill" -d 'Send a signal (default SIGKILL) to the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "pause" -d 'Pause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "prune" -d 'Remove every pod none of whose containers runs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "ls" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "list" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "rm" -d 'Remove pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "start" -d 'Start pods (the infra container first)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "stats" -d 'Live resource usage of the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "stop" -d 'Stop pods (their containers, then the infra container)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "top" -d 'The running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "unpause" -d 'Unpause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and not __fish_seen_subcommand_from create exists inspect kill logs pause prune ps ls list restart rm start stats stop top unpause help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s n -l name -d 'The pod\'s name' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l hostname -d 'The hostname its containers share (default: the pod\'s name)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -l net -d 'Network of the pod: the default bridge, none, host, or a network (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-alias -l net-alias -d 'Another name for the pod on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port of the pod: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp]' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l ip6 -d 'IPv6 address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l mac-address -d 'MAC address on its (first) network' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: NAME:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'DNS server for /etc/resolv.conf' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-option -d 'resolv.conf option' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns-search -d 'DNS search domain' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from a file (KEY=VALUE lines)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the containers share: ipc, net, uts, pid, cgroup (default ipc,net,uts; +NS adds to that)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l share-parent -d 'Put the pod\'s containers beneath the pod\'s cgroup (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Make an infra container that holds the shared namespaces (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-name -d 'The infra container\'s name (default: the pod ID\'s first 12 characters + -infra)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'The cgroup the pod\'s cgroup goes beneath' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Write the pod\'s ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l exit-policy -d 'When the last container exits: continue (the pod stays up) or stop' -r -f -a "continue\t''
stop\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of the pod\'s /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l sysctl -d 'Namespaced kernel parameters of the pod (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options of the infra container' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -s v -l volume -d 'A volume every container of the pod gets: SRC:DST[:ro], NAME:DST or DST' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumes-from -d 'The volumes of a container, for every container of the pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace of the pod: private or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace of the pod: private or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l no-hosts -d 'Leave /etc/hosts alone'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l replace -d 'Remove a pod with the same name first'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format the output with a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'The signal (default KILL)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Only this container of the pod' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs ("all")' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Show logs since a timestamp (RFC 3339, unix seconds) or relative (e.g. 42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Show logs before a timestamp or relative time' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l names -d 'With several containers, prefix lines with their names instead of IDs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l color -d 'With several containers, give each its own colour (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask (skiff never asks: accepted for podman\'s scripts)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Format: table, table TEMPLATE, json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=, id=, label=KEY[=VALUE], status=, ctr-names=, ctr-ids=, ctr-status=, ctr-number=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by created, id, name, number or status' -r -f -a "created\t''
id\t''
name\t''
number\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only pod IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Full IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noheading -d 'Leave out the header row'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the containers\' names'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Show the containers\' IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-status -d 'Show the containers\' statuses'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Only the pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ns -d 'Show each pod\'s cgroup and the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Format: table, table TEMPLATE, json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, label=KEY[=VALUE], status=, ctr-names=, ctr-ids=, ctr-status=, ctr-number=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, name, number or status' -r -f -a "created\t''
id\t''
name\t''
number\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only pod IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Full IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave out the header row'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the containers\' names'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-ids -d 'Show the containers\' IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-status -d 'Show the containers\' statuses'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Only the pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ns -d 'Show each pod\'s cgroup and the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l format -d 'Format: table, table TEMPLATE, json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, label=KEY[=VALUE], status=, ctr-names=, ctr-ids=, ctr-status=, ctr-number=' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created, id, name, number or status' -r -f -a "created\t''
id\t''
name\t''
number\t''
status\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only pod IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l no-trunc -d 'Full IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l noheading -d 'Leave out the header row'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-names -d 'Show the containers\' names'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-ids -d 'Show the containers\' IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-status -d 'Show the containers\' statuses'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s l -l latest -d 'Only the pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l ns -d 'Show each pod\'s cgroup and the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for running containers to stop (with --force)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop running containers first'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Pods that do not exist are not an error'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l format -d 'Format: table, table TEMPLATE, json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-stream -d 'One reading, no stream'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the terminal between readings'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l no-trunc -d 'Do not truncate IDs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait for the stop signal before killing' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Pods that do not exist are not an error'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l pod-id-file -d 'Read pod IDs from these files' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Every pod'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'The pod created last'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a pod: an infra container holding the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display a pod\'s configuration and state (JSON)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal (default SIGKILL) to the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every pod none of whose containers runs'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start pods (the infra container first)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Live resource usage of the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop pods (their containers, then the infra container)'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "top" -d 'The running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "generate" -d 'Kubernetes YAML for pods, containers and volumes'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "play" -d 'Run the pods of Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "down" -d 'Remove what kube play made from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and not __fish_seen_subcommand_from generate play down help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s t -l type -d 'What the pods become: pod, deployment, daemonset or job' -r -f -a "pod\t''
deployment\t''
daemonset\t''
job\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l replicas -d 'Replicas of a deployment' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to this file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l compose -d 'A compose project instead: its services as Deployments, Services, claims, ConfigMaps and Secrets (`--compose=FILE`, repeatable; alone: compose.yaml)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Also a Service for the published ports'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -l net -d 'Network(s) the pods join (default: the network "kube", made when missing)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'A YAML file with ConfigMaps (repeatable; comma-separated)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l build -d 'Build images from directories named like them (default: when the image is missing)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l context-dir -d 'Where those directories are (default: the current directory)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l publish -d 'Publish another port of the first pod: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l ip -d 'Static IP addresses of the pods, in order' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l mac-address -d 'Static MAC addresses of the pods, in order' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l annotation -d 'Annotations of every container (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-driver -d 'Logging driver of the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-opt -d 'Logging driver options' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l userns -d 'User namespace of the containers' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l seccomp-profile-root -d 'Where Localhost seccomp profiles are' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l authfile -d 'Registry credentials file for the pulls' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l creds -d 'Registry credentials (USER[:PASS]) for the pulls' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l cert-dir -d 'Certificates for the registries' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l tls-verify -d 'Require HTTPS and verified certificates (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Pods from the YAML are removed and made again'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l down -d 'Remove what the YAML made instead (as kube down)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l no-hosts -d 'Leave /etc/hosts of the pods\' containers alone'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'No pull progress'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l force -d 'With --down: also the volumes of the claims that kube play made'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l force -d 'Also the volumes of the claims that kube play made'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Kubernetes YAML for pods, containers and volumes'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "play" -d 'Run the pods of Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "down" -d 'Remove what kube play made from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -s f -l file -d 'Compose configuration files (`-` reads stdin); default: compose.yaml and its override, searched from the current directory up' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -s p -l project-name -d 'Project name' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l project-directory -d 'Alternate working directory (default: the first file\'s directory)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l env-file -d 'Alternate environment files (default: the project\'s .env)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l profile -d 'Enable services of a profile (repeat for several)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l progress -d 'Progress output: auto (a redrawn display in a terminal, plain lines elsewhere), tty, plain or quiet' -r -f -a "auto\t''
tty\t''
plain\t''
quiet\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "config" -d 'Parse, resolve and render the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "create" -d 'Create containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "ls" -d 'List running compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "version" -d 'Show the compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "kube" -d 'The project as Kubernetes YAML (kube generate)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and not __fish_seen_subcommand_from config up create down ps logs ls top port images start stop restart kill rm pause unpause exec run build pull push cp events wait version kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l format -d 'Format the output' -r -f -a "yaml\t''
json\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only validate the configuration, don\'t print anything'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l services -d 'Print the service names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l volumes -d 'Print the volume names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l networks -d 'Print the network names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l profiles -d 'Print the profile names, one per line'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait-timeout -d 'Maximum duration in seconds to wait for the project to be running|healthy' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l exit-code-from -d 'Return the exit code of the selected service container (implies --abort-on-container-exit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l scale -d 'Scale SERVICE to NUM instances (overrides the scale setting in the file)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l pull -d 'Pull images before running: always, missing or never (default: the services\' pull_policy)' -r -f -a "always\t''
missing\t''
never\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach -d 'Restrict attaching to these services' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-attach -d 'Don\'t attach to these services' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s d -l detach -d 'Detached mode: run containers in the background'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l build -d 'Build images before starting containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-start -d 'Don\'t start the services after creating them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-deps -d 'Don\'t start linked services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l wait -d 'Wait for services to be running|healthy (implies detached mode)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l abort-on-container-exit -d 'Stops all containers if any container was stopped'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l quiet-pull -d 'Pull without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-color -d 'Produce monochrome output (skiff\'s is always)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l attach-dependencies -d 'Attach to the dependencies of the services named too'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from up" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l scale -d 'Scale SERVICE to NUM instances' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l build -d 'Build images before starting containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-build -d 'Don\'t build an image, even if it\'s missing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l force-recreate -d 'Recreate containers even if their configuration and image haven\'t changed'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l no-recreate -d 'If containers already exist, don\'t recreate them'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l rmi -d 'Remove images used by services: "local" (only those without a custom tag) or "all"' -r -f -a "local\t''
all\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s v -l volumes -d 'Remove named volumes declared in the volumes section and anonymous volumes attached to containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l status -d 'Filter services by status: created, running, paused, restarting, exited, dead' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l format -d 'Format output: table, json or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all stopped containers (including those created by the run command)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Only display IDs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l services -d 'Display services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s n -l tail -d 'Number of lines to show from the end of the logs for each container, or "all"' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l index -d 'Show logs of the replica with this number only' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l since -d 'From a timestamp (2013-01-02T13:23:37Z) or a relative time (42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l until -d 'Up to a timestamp or a relative time' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow log output'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-log-prefix -d 'Don\'t print prefix in logs'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l no-color -d 'Produce monochrome output (skiff\'s is always)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l format -d 'Format the output: table or json' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all stopped compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only display project names'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l protocol -d 'tcp or udp' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s t -l timeout -d 'Shutdown timeout in seconds' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s s -l signal -d 'SIGNAL to send to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l remove-orphans -d 'Remove containers for services not defined in the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s f -l force -d 'Don\'t ask to confirm removal'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s s -l stop -d 'Stop the containers, if required, before removing'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove any anonymous volumes attached to containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s u -l user -d 'Run the command as this user' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Path to workdir directory for this command' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Detached mode: run the command in the background'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l privileged -d 'Give extended privileges to the process'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s T -l no-tty -d 'Disable pseudo-TTY allocation (by default `exec` allocates a TTY)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l name -d 'Assign a name to the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s e -l env -d 'Set environment variables' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s l -l label -d 'Add or override a label' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s u -l user -d 'Run as specified username or uid' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the entrypoint of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port(s) to the host' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cap-add -d 'Add Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop Linux capabilities' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run container in background and print its name'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l rm -d 'Automatically remove the container when it exits'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s P -l service-ports -d 'Run command with all of the service\'s ports enabled and mapped to the host'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l no-deps -d 'Don\'t start linked services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s T -l no-TTY -d 'Disable pseudo-TTY allocation (default: one when stdin is a terminal)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l use-aliases -d 'Use the service\'s network aliases in the network(s) the container connects to'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use cache when building the image'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l pull -d 'Always attempt to pull a newer version of the image'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Don\'t print anything to stdout'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Pull without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l ignore-pull-failures -d 'Pull what it can and ignores images with pull failures'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l include-deps -d 'Also pull services declared as dependencies'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l ignore-push-failures -d 'Push what it can and ignore images with push failures'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Push without printing progress information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l index -d 'Index of the container if the service has multiple replicas' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (copy all uid/gid information)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s L -l follow-link -d 'Always follow symbolic links in SRC_PATH'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l since -d 'From a timestamp (2013-01-02T13:23:37Z) or a relative time (42m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l until -d 'Up to a timestamp or a relative time' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l json -d 'Output events as a stream of json objects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l down-project -d 'Stop and remove the project once the first container has ended'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -f -a "generate" -d 'Kubernetes YAML for the project\'s services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from kube" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "config" -d 'Parse, resolve and render the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List running compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "version" -d 'Show the compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "kube" -d 'The project as Kubernetes YAML (kube generate)'
complete -c skiff -n "__fish_skiff_using_subcommand compose; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Platform OS/ARCH[/VARIANT] when the image is multi-platform' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image reference'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s a -l all-tags -d 'Pull every tag of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (docker); default: the image\'s own, else v2s2' -r -f -a "oci\t''
v2s2\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compression-format -d 'Compression of layers that must be compressed for the push: gzip or zstd' -r -f -a "gzip\t''
zstd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l digestfile -d 'Write the manifest\'s digest to FILE' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand push" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand push" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand push" -s a -l all-tags -d 'Push every local tag of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l all -d 'IMAGE is a manifest list: push every image in it as well (what a list push always does: a list\'s images must be in the registry)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s q -l quiet -d 'Print nothing but errors'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l compress -d 'Gzip the layers written to a dir:, oci: or oci-archive: destination (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l sort -d 'Sort by created, id, repository, size or tag (podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l history -d 'Show every name each image has had, latest first (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Keep the untagged parents (build steps\' images) of a deleted image'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s a -l all -d 'Remove all images (those containers use stay, with an error each)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s i -l ignore -d 'No error for an image that does not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s a -l author -d 'Author (e.g. "Jane Doe <jane@example.com>")' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR, STOPSIGNAL, SHELL' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s p -l pause -d 'Pause the container while its changes are read' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l iidfile -d 'Write the image ID to this file too (podman)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s f -l format -d 'The manifest format push uses for it: oci or docker (podman; default docker)' -r -f -a "oci\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s q -l quiet -d 'Print only the image ID (podman; it is all commit prints)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l include-volumes -d 'The container\'s volume and bind mount destinations become the image\'s VOLUMEs (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s s -l squash -d 'One layer: the image\'s and the container\'s changes squashed together (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand commit" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s u -l username -d 'Username' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -s p -l password -d 'Password (visible to other users of this machine: prefer --password-stdin)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand login" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand login" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s v -l verbose -d 'Also say which credentials file was written (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l get-login -d 'Print the user name stored for the registry, and nothing else (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand login" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l limit -d 'At most this many results' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l format -d 'Format output with a Go template (.Index, .Name, .Description, .Stars, .Official, .Automated, .Tag), or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -s f -l filter -d 'Filter: stars=N (at least), is-official=true|false, is-automated=true|false' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand search" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand search" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand search" -l list-tags -d 'List the tags of the repository TERM names'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l no-trunc -d 'Do not truncate descriptions'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l compatible -d 'Docker\'s output (podman; skiff\'s is docker\'s already)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand search" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s a -l all -d 'Forget the credentials of every registry'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand logout" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s o -l output -d 'Write to a file instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand export" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand export" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand export" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand export" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand export" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENV, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l platform -d 'The platform the files are for, OS/ARCH[/VARIANT] (default: this host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand import" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand import" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand import" -s q -l quiet -d 'Print only the image ID (podman; it is all import prints)'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand import" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l format -d 'Archive format: docker-archive, oci-archive, oci-dir or docker-dir (podman\'s dir layout)' -r -f -a "docker-archive\t''
oci-archive\t''
oci-dir\t''
docker-dir\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand save" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand save" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand save" -l compress -d 'Gzip the layers (oci-archive, oci-dir, docker-dir; podman)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l uncompressed -d 'Leave the layers uncompressed (skiff\'s default, as docker\'s; podman)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s m -l multi-image-archive -d 'Every image given in one archive (podman; always so here)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s q -l quiet -d 'Print nothing'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s i -l input -d 'Read from a file or OCI layout directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand load" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand load" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand load" -s q -l quiet -d 'Suppress the load output'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand load" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s t -l tag -d 'Name (and tag) for the image; repeat for several' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s f -l file -d 'The Dockerfile (default: CONTEXT/Dockerfile or Containerfile; - for stdin)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-arg -d 'Set a build-time variable (KEY=VALUE, or KEY to pass ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l target -d 'Build this stage (and what it needs) only' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pull -d 'When to pull base images: always (a bare --pull; also true), missing (the default; also false), never, newer' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l label -d 'Set metadata on the image (KEY=VALUE)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l progress -d 'How the build shows itself: auto (tty on a terminal, else plain), plain, tty, quiet (default: $BUILDKIT_PROGRESS, else auto)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l iidfile -d 'Write the image ID to this file' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l network -d 'Network for RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l platform -d 'Build for these platforms, OS/ARCH[/VARIANT] (comma-separated or repeated); several make a manifest list. Another architecture\'s RUN steps need qemu-user-static' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l manifest -d 'Also add the image(s) to this manifest list (made when missing)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l annotation -d 'An annotation on the image\'s manifest, KEY=VALUE (its pushes are then OCI)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l timestamp -d 'Seconds since the epoch for layer timestamps and the image\'s creation time, for a reproducible image (default: SOURCE_DATE_EPOCH; else layers use the base image\'s time and the image is dated now)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l secret -d 'A secret for `RUN --mount=type=secret`: id=ID,src=FILE or id=ID,env=VAR' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l build-context -d 'A named context: NAME=DIR | NAME=docker-image://REF | NAME=GIT-OR-HTTPS-URL, used by FROM NAME, COPY --from=NAME, RUN --mount=from=NAME (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l add-host -d 'Add a line to RUN steps\' /etc/hosts: NAME:IP' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns -d 'DNS server for RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns-search -d 'DNS search domain for RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l dns-option -l dns-opt -d 'resolv.conf option for RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cap-add -d 'Add Linux capabilities to RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cap-drop -d 'Drop Linux capabilities from RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l security-opt -d 'For RUN steps: no-new-privileges, seccomp=unconfined|PROFILE.json' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device -d 'A host device for RUN steps: HOST[:CONTAINER[:rwm]]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ulimit -d 'Ulimit of RUN steps: NAME=SOFT[:HARD]' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s m -l memory -d 'Memory limit (e.g. 512m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpus -d 'Number of CPUs (e.g. 1.5)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s c -l cpu-shares -d 'CPU shares (relative weight)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpu-period -d 'CPU CFS period in microseconds (1000-1000000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpu-quota -d 'CPU CFS quota in microseconds per period (-1: none)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpuset-cpus -d 'CPUs allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpuset-mems -d 'Memory nodes allowed (0-3, 0,1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l memory-reservation -d 'Memory soft limit (e.g. 256m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l kernel-memory -d 'Kernel memory limit (accepted and ignored: current kernels have no such limit)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l blkio-weight -d 'Block I/O weight (10-1000, 0: the default)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l memory-swappiness -d 'How readily the container\'s memory is swapped, 0-100 (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pids-limit -d 'Maximum number of processes (-1: unlimited)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpu-rt-period -d 'Real-time scheduling period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cpu-rt-runtime -d 'Real-time runtime per period in microseconds (cgroup v1)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l blkio-weight-device -d 'Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device-read-bps -d 'Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device-write-bps -d 'Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device-read-iops -d 'Read operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l device-write-iops -d 'Write operations per second of one device (DEVICE:N)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l shm-size -d 'Size of RUN steps\' /dev/shm' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroup-parent -d 'Parent cgroup of RUN steps' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroupns -d 'Cgroup namespace of RUN steps: private (default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ipc -d 'IPC namespace of RUN steps: private (default), host, none' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l pid -d 'PID namespace of RUN steps: private (default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l uts -d 'UTS namespace of RUN steps: private (default) or host' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns -d 'User namespace of RUN steps (as run\'s --userns)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns-uid-map -d 'RUN steps\' uid map, CONTAINER_ID:HOST_ID:SIZE (as run\'s --uidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns-gid-map -d 'RUN steps\' gid map, CONTAINER_ID:HOST_ID:SIZE (as run\'s --gidmap)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns-uid-map-user -d 'Map RUN steps\' uids to NAME\'s ranges in /etc/subuid' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l userns-gid-map-group -d 'Map RUN steps\' gids to NAME\'s ranges in /etc/subgid' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s v -l volume -d 'Bind mount for RUN steps, HOST:CONTAINER[:ro] (not part of any layer)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l rm -d 'Remove a step\'s container once it succeeded (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l force-rm -d 'Remove a step\'s container also when it failed (default true; false keeps it to look inside)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l http-proxy -d 'Pass the builder\'s proxy variables (HTTP_PROXY, …) to RUN steps (default true)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l layers -d 'Keep a layer per step and use the step cache (default true; false: one layer for what the build adds, nothing cached)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache-filter -d 'Do not use the cache for this stage (name or index; repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l env -d 'Set a variable in the image (KEY=VALUE, or KEY to take ours)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l unsetenv -d 'Take a variable out of the image' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l from -d 'The first stage\'s base image, instead of its FROM line' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l skip-unused-stages -d 'Build only the stages the target needs (default true; false: every stage up to it)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l format -d 'Manifest type a push of the image uses: oci or docker' -r -f -a "oci\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ignorefile -d 'The ignore file to use instead of the context\'s .dockerignore/.containerignore' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l jobs -d 'How many independent stages are built at once (default: one per core)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l retry -d 'Pull a base image again this many times when the registry cannot be reached' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l retry-delay -d 'How long to wait between pull attempts (Go duration, default 2s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l logfile -d 'Write the build\'s output (steps and RUN output) to this file instead' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l ssh -d 'An SSH agent for RUN --mount=type=ssh: default | ID[=SOCKET|KEYFILE[,…]] (default: $SSH_AUTH_SOCK)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -s o -l output -d 'Also write the result: type=local,dest=DIR | type=tar,dest=FILE|- | type=oci|docker,dest=FILE|-[,name=N] | type=image,name=N[,push=true] | type=registry | DIR | - (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l metadata-file -d 'Write what was built as JSON: the image ID (containerimage.config.digest), its names (image.name), the pushed manifest\'s digest (containerimage.digest)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cache-from -d 'Use a build cache made elsewhere: type=registry,ref=REF | type=local,src=DIR | REPO (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cache-to -d 'Share this build\'s cache: type=registry,ref=REF[,mode=min|max] | type=local,dest=DIR[,mode=…] | REPO (repeatable)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cache-ttl -d 'Use no --cache-from cache older than this (podman; e.g. 24h)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand build" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand build" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-cache -d 'Do not use the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s q -l quiet -d 'Print only the image ID'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l all-platforms -d 'Build for every platform all the base images are available for'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l logsplit -d 'With --logfile and several platforms: one log per platform, FILE_OS_ARCH'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l no-hosts -d 'Do not write /etc/hosts for RUN steps (the image\'s stays)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l oom-kill-disable -d 'Do not OOM-kill the container\'s processes (cgroup v1)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l stdin -d 'RUN steps read standard input'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash -d 'Merge the layers this build adds into one (the base image\'s stay)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l squash-all -d 'Merge all of the image\'s layers into one'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l omit-history -d 'Leave the image\'s history empty'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l compress -d 'The context is read where it is: there is no daemon to send it to, so nothing is compressed'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l push -d 'Push the image\'s names (-t) once it is built'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l load -d 'Keep the image in the store (it always is here)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand build" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -f -a "prune" -d 'Remove the build cache (cached steps, cache mounts, build steps\' images)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and not __fish_seen_subcommand_from prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s a -l all -d 'Accepted for docker compatibility (the whole cache goes)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove the build cache (cached steps, cache mounts, build steps\' images)'
complete -c skiff -n "__fish_skiff_using_subcommand builder; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand history" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l type -d 'Only objects of this type (image)' -r -f -a "image\t''
container\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Add the container\'s sizes (SizeRw, SizeRootFs)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s l -l latest -d 'Inspect the latest container created (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "exists" -d 'Exit 0 when the image exists locally, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "tree" -d 'Show an image\'s layers and the images that share them'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "save" -d 'Save one or more images to a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "load" -d 'Load images from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "import" -d 'Import a tar archive as an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list exists pull push rm remove tag inspect history prune tree save load import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, repository, size or tag (podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l history -d 'Show every name each image has had, latest first (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created, id, repository, size or tag (podman)' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l noheading -d 'Leave out the header row (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l history -d 'Show every name each image has had, latest first (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Platform OS/ARCH[/VARIANT] when the image is multi-platform' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image reference'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tag of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (docker); default: the image\'s own, else v2s2' -r -f -a "oci\t''
v2s2\t''
docker\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Compression of layers that must be compressed for the push: gzip or zstd' -r -f -a "gzip\t''
zstd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the manifest\'s digest to FILE' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s a -l all-tags -d 'Push every local tag of the repository'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l all -d 'IMAGE is a manifest list: push every image in it as well (what a list push always does: a list\'s images must be in the registry)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'Print nothing but errors'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l compress -d 'Gzip the layers written to a dir:, oci: or oci-archive: destination (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Keep the untagged parents (build steps\' images) of a deleted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images (those containers use stay, with an error each)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'No error for an image that does not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Keep the untagged parents (build steps\' images) of a deleted image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images (those containers use stay, with an error each)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'No error for an image that does not exist (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to a file (a directory for oci-dir) instead of standard output' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format: docker-archive, oci-archive, oci-dir or docker-dir (podman\'s dir layout)' -r -f -a "docker-archive\t''
oci-archive\t''
oci-dir\t''
docker-dir\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Gzip the layers (oci-archive, oci-dir, docker-dir; podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Leave the layers uncompressed (skiff\'s default, as docker\'s; podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Every image given in one archive (podman; always so here)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print nothing'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from a file or OCI layout directory instead of standard input' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Suppress the load output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image (CMD, ENV, …)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l platform -d 'The platform the files are for, OS/ARCH[/VARIANT] (default: this host\'s)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l arch -d 'The architecture of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l os -d 'The OS of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l variant -d 'The architecture variant of the image to use (podman; as in --platform)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image ID (podman; it is all import prints)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the image exists locally, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Show an image\'s layers and the images that share them'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save one or more images to a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a tar archive as an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "df" -d 'Show disk usage: images, containers, volumes, build cache'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "events" -d 'Get real time events (as `events`)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "prune" -d 'Remove stopped containers, unused networks, dangling (-a: unused) images, build cache (and --volumes: unused anonymous volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "reset" -d 'Remove all containers, images, volumes and networks, their bridges and firewall rules'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info df events prune reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show each image, container and volume'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show events created since this time (RFC 3339, unix seconds, or relative like 10m)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Stream events until this time' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter: container=, event=, type=, image=, label=' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep following new events (podman; false: stop at the last one recorded)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Full IDs (podman; false: the first 12 characters in the plain lines)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not only dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Remove anonymous volumes no container uses too'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l filter -d 'Only what was created before until=TIME (or a duration), or has label=K[=V] (label!= for what lacks it)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show disk usage: images, containers, volumes, build cache'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Get real time events (as `events`)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove stopped containers, unused networks, dangling (-a: unused) images, build cache (and --volumes: unused anonymous volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove all containers, images, volumes and networks, their bridges and firewall rules'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l log-level -d 'Log level: trace, debug, info, warn, error (podman\'s fatal and panic mean error)' -r -f -a "trace\t''
debug\t''
info\t''
warn\t''
warning\t''
error\t''
fatal\t''
panic\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l events-backend -d 'Where events are recorded: file, journald (the same file here) or none (podman)' -r -f -a "file\t''
journald\t''
none\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l storage-driver -d 'Storage driver (podman; only overlay)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in the same places)' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l url -d 'A remote podman service (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l connection -d 'A remote podman connection (refused: skiff has no service)' -r
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l noout -d 'Nothing on standard output (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -l remote -d 'Talk to a remote podman service (refused: skiff has no service)'
complete -c skiff -n "__fish_skiff_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "run" -d 'Create and run a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "start" -d 'Start stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "events" -d 'Get real time events from the server'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "healthcheck" -d 'Run container health checks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "generate" -d 'Generate structured data (systemd units)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "update" -d 'Change the cgroup limits and restart policy of containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "container" -d 'Manage containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "volume" -d 'Manage volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "network" -d 'Manage networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "secret" -d 'Manage secrets (podman\'s: given to containers with run --secret)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "manifest" -d 'Manage manifest lists (multi-platform images)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "pod" -d 'Manage pods: containers that share namespaces and a cgroup (podman\'s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "kube" -d 'Kubernetes YAML: generate it from what runs here, play it, take it down'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "compose" -d 'Define and run multi-container applications (compose files)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "login" -d 'Log in to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "search" -d 'Search a registry for images (Docker Hub, or HOST/TERM for a registry\'s catalog)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "logout" -d 'Log out of a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "import" -d 'Import a tar archive as an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "save" -d 'Save one or more images to a tar archive (streamed to STDOUT by default)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "load" -d 'Load images from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "build" -d 'Build an image from a Dockerfile'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "builder" -d 'Manage the build cache'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "inspect" -d 'Return low-level information on objects'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "version" -d 'Show version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "unshare" -d 'Run a command (a shell by default) in the rootless user namespace, as root over the files of your containers\' subordinate ids'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from run create start ps rm rename wait top port diff cp logs exec events healthcheck generate stats update attach stop kill restart pause unpause container volume network secret manifest pod kube compose pull push images rmi tag commit login search logout export import save load build builder history inspect image version info system unshare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from healthcheck" -f -a "run" -d 'Run a container\'s health check now and print the result'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "systemd" -d 'Generate a systemd unit file for a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "kube" -d 'Kubernetes YAML for pods, containers and volumes (as `kube generate`)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "run" -d 'Create and run a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exists" -d 'Exit 0 when the container exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "start" -d 'Start stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "ls" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rm" -d 'Remove containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rename" -d 'Rename a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Display detailed information on containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove all stopped containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "top" -d 'Display the running processes of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "port" -d 'List port mappings or a specific mapping for the container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "diff" -d 'Inspect changes to files or directories on a container\'s filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "cp" -d 'Copy files/folders between a container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "logs" -d 'Fetch the logs of a container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "attach" -d 'Attach local standard input, output, and error streams to a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stats" -d 'Display a live stream of container(s) resource usage statistics'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "update" -d 'Change the cgroup limits and restart policy of containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "export" -d 'Export a container\'s filesystem as a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stop" -d 'Stop one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "kill" -d 'Kill one or more running containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "restart" -d 'Restart one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "pause" -d 'Pause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "unpause" -d 'Unpause all processes within one or more containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "inspect" -d 'Display detailed information on volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Remove volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "prune" -d 'Remove volumes no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "exists" -d 'Exit 0 when the network exists, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ls" -d 'List networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rm" -d 'Remove one or more networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "prune" -d 'Remove all networks no container uses'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "connect" -d 'Connect a container to a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "reload" -d 'Apply the firewall rules of running containers again (after the host\'s rules were changed by something else, e.g. Docker starting)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create a secret from a file or - (stdin)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "ls" -d 'List secrets'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "inspect" -d 'Display detailed information on secrets'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rm" -d 'Remove secrets'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "create" -d 'Create a manifest list, from the images given (local, or pulled)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "add" -d 'Add an image (local, or pulled) to a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "annotate" -d 'Set an entry\'s platform and annotations (or the list\'s, with --index)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "remove" -d 'Take an entry out of a manifest list'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "inspect" -d 'Show a manifest list (a local one, else the registry\'s manifest or list)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "push" -d 'Push a manifest list and every image in it'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "rm" -d 'Remove manifest lists (their images stay)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "exists" -d 'Exit 0 when the manifest list exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "create" -d 'Create a pod: an infra container holding the namespaces its containers share'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when not'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "inspect" -d 'Display a pod\'s configuration and state (JSON)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "kill" -d 'Send a signal (default SIGKILL) to the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "logs" -d 'Fetch the logs of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "pause" -d 'Pause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "prune" -d 'Remove every pod none of whose containers runs'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "ps" -d 'List pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "restart" -d 'Restart pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "rm" -d 'Remove pods and their containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "start" -d 'Start pods (the infra container first)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stats" -d 'Live resource usage of the containers of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stop" -d 'Stop pods (their containers, then the infra container)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "top" -d 'The running processes of a pod\'s containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "unpause" -d 'Unpause every container of pods'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "generate" -d 'Kubernetes YAML for pods, containers and volumes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "play" -d 'Run the pods of Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "down" -d 'Remove what kube play made from Kubernetes YAML'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "config" -d 'Parse, resolve and render the compose file'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "up" -d 'Create and start containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "create" -d 'Create containers for a service'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "down" -d 'Stop and remove containers, networks'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "ps" -d 'List containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "logs" -d 'View output from containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "ls" -d 'List running compose projects'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "top" -d 'Display the running processes'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "port" -d 'Print the public port for a port binding'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "images" -d 'List images used by the created containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "start" -d 'Start services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "stop" -d 'Stop services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "restart" -d 'Restart service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "kill" -d 'Force stop service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "rm" -d 'Removes stopped service containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "pause" -d 'Pause services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "unpause" -d 'Unpause services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "exec" -d 'Execute a command in a running container'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "run" -d 'Run a one-off command on a service'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "build" -d 'Build or rebuild services'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "pull" -d 'Pull service images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "push" -d 'Push service images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "cp" -d 'Copy files/folders between a service container and the local filesystem'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "events" -d 'Receive real time events from containers'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "wait" -d 'Block until containers of all (or specified) services stop'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "version" -d 'Show the compose version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from compose" -f -a "kube" -d 'The project as Kubernetes YAML (kube generate)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from builder" -f -a "prune" -d 'Remove the build cache (cached steps, cache mounts, build steps\' images)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "exists" -d 'Exit 0 when the image exists locally, 1 when not (podman)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "push" -d 'Upload an image to a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tree" -d 'Show an image\'s layers and the images that share them'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save one or more images to a tar archive'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load images from a tar archive or STDIN'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Import a tar archive as an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show disk usage: images, containers, volumes, build cache'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "events" -d 'Get real time events (as `events`)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove stopped containers, unused networks, dangling (-a: unused) images, build cache (and --volumes: unused anonymous volumes)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "reset" -d 'Remove all containers, images, volumes and networks, their bridges and firewall rules'
