//! L0: the thin layer over the kernel. The only module allowed `unsafe` (each block with a
//! `// SAFETY:` comment); everything above it calls these safe functions.

pub mod bpf;
pub mod creds;
pub mod kernel;
pub mod net;
pub mod netlink;
pub mod process;
pub mod rooted;
pub mod seccomp;
pub mod signal;
pub mod socket;
pub mod userns;

use std::os::fd::AsFd;

/// The real (uid, gid) of this process.
pub fn ids() -> (u32, u32) {
    (
        rustix::process::getuid().as_raw(),
        rustix::process::getgid().as_raw(),
    )
}

/// The effective (uid, gid) of this process.
pub fn effective_ids() -> (u32, u32) {
    (
        rustix::process::geteuid().as_raw(),
        rustix::process::getegid().as_raw(),
    )
}

/// Waits until `fd` is readable (true) or `timeout` passes (false); interrupted waits go
/// on for the time left.
pub fn wait_readable<Fd: AsFd>(fd: Fd, timeout: std::time::Duration) -> std::io::Result<bool> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let ts = rustix::event::Timespec {
            tv_sec: left.as_secs() as i64,
            tv_nsec: left.subsec_nanos() as i64,
        };
        let mut pfd = [rustix::event::PollFd::new(
            &fd,
            rustix::event::PollFlags::IN,
        )];
        match rustix::event::poll(&mut pfd, Some(&ts)) {
            Ok(n) => return Ok(n > 0),
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

/// Waits until `a` or `b` is readable: true for `b` (interrupted waits go on).
pub fn wait_either<A: AsFd, B: AsFd>(a: A, b: B) -> bool {
    loop {
        let mut pfd = [
            rustix::event::PollFd::new(&a, rustix::event::PollFlags::IN),
            rustix::event::PollFd::new(&b, rustix::event::PollFlags::IN),
        ];
        match rustix::event::poll(&mut pfd, None) {
            Ok(_) => return !pfd[1].revents().is_empty() && pfd[0].revents().is_empty(),
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return false,
        }
    }
}

/// Moves this process into a new user namespace and a new mount namespace.
pub fn unshare_user_and_mounts() -> std::io::Result<()> {
    use rustix::thread::UnshareFlags;
    process::unshare(UnshareFlags::NEWUSER | UnshareFlags::NEWNS)
}

/// Whether this process is in the initial user namespace (its uid map is the identity over
/// every id), not in one an ordinary user made.
pub fn in_initial_userns() -> bool {
    std::fs::read_to_string("/proc/self/uid_map")
        .is_ok_and(|m| m.split_whitespace().collect::<Vec<_>>() == ["0", "0", "4294967295"])
}

/// Whether process `pid` is in the same user namespace as this one.
pub fn same_userns(pid: i32) -> bool {
    same_namespace(pid, "user")
}

/// Whether process `pid` is in our namespace of `kind` (`user`, `pid`, `net`, … as named
/// in /proc/PID/ns).
pub fn same_namespace(pid: i32, kind: &str) -> bool {
    use std::os::unix::fs::MetadataExt;
    let ino = |p: &str| std::fs::metadata(p).map(|m| (m.dev(), m.ino()));
    matches!(
        (ino(&format!("/proc/self/ns/{kind}")), ino(&format!("/proc/{pid}/ns/{kind}"))),
        (Ok(a), Ok(b)) if a == b
    )
}

/// This machine's name (uname's nodename).
pub fn node_name() -> String {
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
}

/// The running kernel's (major, minor) version; (0, 0) when unreadable.
pub fn kernel_version() -> (u32, u32) {
    let u = rustix::system::uname();
    let release = u.release().to_string_lossy();
    let mut parts = release
        .split(|c: char| !c.is_ascii_digit())
        .map(|p| p.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(a), Some(b)) => (a, b),
        _ => (0, 0),
    }
}

/// Whether the effective user is root in the current user namespace.
pub fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// Whether `fd` is a terminal.
pub fn isatty<Fd: AsFd>(fd: Fd) -> bool {
    rustix::termios::isatty(fd)
}

/// The process umask, read without changing it for longer than two syscalls.
pub fn current_umask() -> u32 {
    let old = rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o022));
    rustix::process::umask(old);
    old.bits()
}

/// Flushes the filesystem that holds `path` (one `syncfs` instead of an fsync per file).
pub fn syncfs(path: &std::path::Path) -> std::io::Result<()> {
    let f = std::fs::File::open(path)?;
    rustix::fs::syncfs(&f)?;
    Ok(())
}

/// `statfs` magic of the filesystem holding `path`.
pub fn fs_magic(path: &std::path::Path) -> std::io::Result<i64> {
    Ok(rustix::fs::statfs(path)?.f_type as i64)
}

/// Gives freed heap memory back to the kernel (a long-lived process after its busy start).
pub fn trim_heap() {
    // SAFETY: malloc_trim only releases free memory of glibc's allocator; it has no
    // preconditions and touches no memory we own.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Lets go of this process's mapped program code (a long-lived process after its busy
/// start): the pages stay in the page cache and fault back in as the code runs again, so
/// only what is still used stays resident. Only executable mappings of our own binary are
/// touched: they are never written, so nothing is lost.
pub fn release_code_pages() {
    let (Ok(exe), Ok(maps)) = (
        std::fs::read_link("/proc/self/exe"),
        std::fs::read_to_string("/proc/self/maps"),
    ) else {
        return;
    };
    let exe = exe.to_string_lossy().into_owned();
    for line in maps.lines() {
        let mut f = line.split_whitespace();
        let (Some(range), Some(perms)) = (f.next(), f.next()) else {
            continue;
        };
        if perms != "r-xp" || !line.ends_with(exe.as_str()) {
            continue;
        }
        let Some((a, b)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
        else {
            continue;
        };
        // SAFETY: [start, end) is a read-only, executable, private mapping of our binary
        // (from /proc/self/maps); MADV_DONTNEED only drops its page table entries, and the
        // unmodified pages refault from the file when executed again.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
        }
    }
}
