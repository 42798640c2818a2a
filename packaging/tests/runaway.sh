# Sourced by the packaging tests: runs an installed Dossier away from the
# checkout. run_away "DIR..." WORK CMD ARGS... runs CMD from / with a clean
# environment whose home is WORK/home, and, where this system allows a
# private mount namespace, with each DIR hidden behind an empty tmpfs, so
# that nothing can be read from the source or build trees.

hide_mode=none
if unshare -m --propagation private true 2>/dev/null; then
    hide_mode=private
elif [ "${DOSSIER_IN_ROOT:-}" = 1 ] && unshare -m --propagation unchanged true 2>/dev/null; then
    # The dev root (packaging/dev) runs in a private mount namespace already,
    # whose root is no mount point: nothing mounted here reaches the host.
    hide_mode=unchanged
elif unshare -r -m --propagation private true 2>/dev/null; then
    hide_mode=user
fi

fail() { echo "FAIL: $*" >&2; exit 1; }

run_away() {
    hide=$1 home=$2; shift 2
    mkdir -p "$home/home" "$home/data" "$home/config" "$home/cache"
    set -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home/home" \
        XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
        QT_QPA_PLATFORM=offscreen "$@"
    case $hide_mode in
        none) (cd / && exec "$@") ;;
        *)
            case $hide_mode in
                private) ns="unshare -m --propagation private" ;;
                unchanged) ns="unshare -m --propagation unchanged" ;;
                user) ns="unshare -r -m --propagation private" ;;
            esac
            $ns sh -c '
                for d in $0; do
                    [ -d "$d" ] || continue
                    mount -t tmpfs -o ro,size=4k tmpfs "$d" || exit 97
                done
                for d in $0; do
                    [ -z "$(ls -A "$d" 2>/dev/null)" ] || { echo "FAIL: $d is still readable" >&2; exit 98; }
                done
                cd / && exec "$@"' "$hide" "$@" ;;
    esac
}

say_hidden() {
    case $hide_mode in
        none) echo "note: no private mount namespace here; ran from / with a clean environment, trees not hidden" ;;
        *) echo "source and build trees hidden while running ($hide_mode mount namespace)" ;;
    esac
}
