# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_skiff_global_optspecs
    string join \n root= runroot= log-level= v/version h/help
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
complete -c skiff -n "__fish_skiff_needs_command" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_needs_command" -s v -l version -d 'Print version information and quit'
complete -c skiff -n "__fish_skiff_needs_command" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "inspect" -d 'Return low-level information on objects'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "version" -d 'Show version information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l platform -d 'Platform OS/ARCH[/VARIANT] when the image is multi-platform' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand pull" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s q -l quiet -d 'Print only the image reference'
complete -c skiff -n "__fish_skiff_using_subcommand pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand images" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand images" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand images" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand images" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -l no-prune -d 'Accepted for docker compatibility (layers are always shared, never orphaned)'
complete -c skiff -n "__fish_skiff_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand tag" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand history" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand history" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l type -d 'Only objects of this type (image)' -r -f -a "image\t''
container\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s s -l size -d 'Accepted for docker compatibility'
complete -c skiff -n "__fish_skiff_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "list" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "remove" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and not __fish_seen_subcommand_from ls list pull rm remove tag inspect history prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output (dangling=, reference=, before=, since=, label=, until=)' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Platform OS/ARCH[/VARIANT] when the image is multi-platform' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false also allows plain HTTP)' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory with certificates (*.crt) and client keys (*.cert, *.key)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Credentials file (podman\'s auth.json format)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials USER[:PASSWORD] for the registry' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image reference'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Accepted for docker compatibility (layers are always shared, never orphaned)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the image even when it has names in several repositories'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-prune -d 'Accepted for docker compatibility (layers are always shared, never orphaned)'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Print sizes and dates in human readable format' -r -f -a "true\t''
false\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Format output: \'table\', \'table TEMPLATE\', \'json\', or a Go template' -r
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Don\'t truncate output'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show image IDs'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused images, not just dangling ones'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand version" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand version" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand version" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand version" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand info" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand info" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand info" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and not __fish_seen_subcommand_from info help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'Format output with a Go template, or \'json\'' -r
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Store directory (images, layers, containers)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Runtime state directory (per boot)' -r -F
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Log level: debug, info, warn, error' -r -f -a "debug\t''
info\t''
warn\t''
error\t''"
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "images" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "rmi" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "inspect" -d 'Return low-level information on objects'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "image" -d 'Manage images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "version" -d 'Show version information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "info" -d 'Display system-wide information'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "system" -d 'Manage skiff'
complete -c skiff -n "__fish_skiff_using_subcommand help; and not __fish_seen_subcommand_from pull images rmi tag history inspect image version info system help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "pull" -d 'Download an image from a registry'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Display detailed information on one or more images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove unused images'
complete -c skiff -n "__fish_skiff_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "info" -d 'Display system-wide information'
