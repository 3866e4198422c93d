//! The compiled filters run through a small classic-BPF interpreter, so every rule is checked
//! by executing the program the kernel would get.

use super::bpf::{self, ARCH_X86_64, Insn};
use super::profile::{Action, resolve};
use super::{default, syscalls};
use crate::oci::seccomp::{Arg, Entry, Profile, Seccomp};

/// Runs `prog` on a `struct seccomp_data`; returns the filter's verdict.
fn run(prog: &[Insn], arch: u32, nr: u32, args: [u64; 6]) -> u32 {
    let mut data = Vec::with_capacity(64);
    data.extend_from_slice(&nr.to_le_bytes());
    data.extend_from_slice(&arch.to_le_bytes());
    data.extend_from_slice(&0u64.to_le_bytes());
    for a in args {
        data.extend_from_slice(&a.to_le_bytes());
    }
    let (mut a, mut pc) = (0u32, 0usize);
    loop {
        let i = prog[pc];
        pc += 1;
        match i.code {
            bpf::LD_ABS => {
                let o = i.k as usize;
                a = u32::from_le_bytes(data[o..o + 4].try_into().unwrap());
            }
            bpf::AND_K => a &= i.k,
            bpf::JA => pc += i.k as usize,
            bpf::JEQ | bpf::JGT | bpf::JGE => {
                let hit = match i.code {
                    bpf::JEQ => a == i.k,
                    bpf::JGT => a > i.k,
                    _ => a >= i.k,
                };
                pc += if hit { i.jt } else { i.jf } as usize;
            }
            bpf::RET_K => return i.k,
            other => panic!("unexpected opcode {other:#x}"),
        }
    }
}

fn nr(name: &str) -> u32 {
    syscalls::number(name).unwrap()
}

fn caps(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn default_program(with: &[&str]) -> Vec<Insn> {
    super::program(&Seccomp::Default, &caps(with))
        .unwrap()
        .unwrap()
}

/// Enough of docker's default capabilities for the rules that depend on them.
const DOCKER_CAPS: &[&str] = &["CAP_CHOWN", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE"];

const ALLOW: u32 = 0x7fff_0000;
const EPERM: u32 = 0x0005_0001;
const ENOSYS: u32 = 0x0005_0026;

#[test]
fn syscall_table_is_sorted_and_knows_the_usual_calls() {
    assert!(syscalls::X86_64.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(syscalls::number("read"), Some(0));
    assert_eq!(syscalls::number("execve"), Some(59));
    assert_eq!(syscalls::number("clone3"), Some(435));
    assert_eq!(syscalls::number("chown32"), None);
}

#[test]
fn default_profile_allows_the_usual_and_refuses_the_dangerous() {
    let p = default_program(DOCKER_CAPS);
    let call = |name: &str, args: [u64; 6]| run(&p, ARCH_X86_64, nr(name), args);
    for ok in [
        "read",
        "write",
        "execve",
        "openat",
        "futex",
        "exit_group",
        "chroot",
    ] {
        assert_eq!(call(ok, [0; 6]), ALLOW, "{ok}");
    }
    for denied in [
        "mount",
        "umount2",
        "unshare",
        "setns",
        "keyctl",
        "add_key",
        "bpf",
        "kexec_load",
        "init_module",
        "reboot",
        "swapon",
        "pivot_root",
        "open_by_handle_at",
        "userfaultfd",
    ] {
        assert_eq!(call(denied, [0; 6]), EPERM, "{denied}");
    }
    // clone: threads and forks yes, new namespaces no; clone3 falls back to clone
    assert_eq!(call("clone", [0x0001_1200, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call("clone", [0x2000_0000, 0, 0, 0, 0, 0]), EPERM); // CLONE_NEWUTS
    assert_eq!(call("clone", [0x1_0000_0000, 0, 0, 0, 0, 0]), ALLOW); // high word masked off
    assert_eq!(call("clone3", [0; 6]), ENOSYS);
    // personality: only the listed values
    assert_eq!(call("personality", [8, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call("personality", [0xffff_ffff, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call("personality", [0x0040_0000, 0, 0, 0, 0, 0]), EPERM);
    assert_eq!(call("personality", [0x1_0000_0000, 0, 0, 0, 0, 0]), EPERM);
    // socket: everything but AF_VSOCK
    assert_eq!(call("socket", [2, 1, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call("socket", [40, 1, 0, 0, 0, 0]), EPERM);
    assert_eq!(call("socket", [40 | 1 << 32, 1, 0, 0, 0, 0]), ALLOW);
    // unknown numbers, x32 calls and other architectures get the default
    assert_eq!(run(&p, ARCH_X86_64, 9999, [0; 6]), EPERM);
    assert_eq!(run(&p, ARCH_X86_64, 0x4000_0000, [0; 6]), EPERM);
    assert_eq!(run(&p, 0x4000_0003, 0, [0; 6]), EPERM); // i386 read
}

#[test]
fn capabilities_open_their_system_calls() {
    let mut with = caps(DOCKER_CAPS);
    with.push("CAP_SYS_ADMIN".into());
    with.push("CAP_SYS_PTRACE".into());
    let refs: Vec<&str> = with.iter().map(String::as_str).collect();
    let p = default_program(&refs);
    let call = |name: &str, args: [u64; 6]| run(&p, ARCH_X86_64, nr(name), args);
    assert_eq!(call("mount", [0; 6]), ALLOW);
    assert_eq!(call("unshare", [0; 6]), ALLOW);
    assert_eq!(call("clone", [0x2000_0000, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call("clone3", [0; 6]), ALLOW);
    assert_eq!(call("kcmp", [0; 6]), ALLOW);
    assert_eq!(call("reboot", [0; 6]), EPERM);
    // and without CAP_SYS_CHROOT, chroot goes
    let p = default_program(&["CAP_CHOWN"]);
    assert_eq!(run(&p, ARCH_X86_64, nr("chroot"), [0; 6]), EPERM);
}

fn profile_with(op: &str, value: u64, value_two: u64) -> Vec<Insn> {
    let p = Profile {
        default_action: "SCMP_ACT_ALLOW".into(),
        syscalls: vec![Entry {
            names: vec!["read".into()],
            action: "SCMP_ACT_ERRNO".into(),
            errno_ret: Some(13),
            args: vec![Arg {
                index: 2,
                value,
                value_two,
                op: op.into(),
            }],
            ..Entry::default()
        }],
        ..Profile::default()
    };
    bpf::compile(&resolve(&p, &[]).unwrap()).unwrap()
}

#[test]
fn every_comparison_is_exact_on_64_bit_values() {
    let edges = [
        0u64,
        1,
        0xffff_ffff,
        0x1_0000_0000,
        0x1_0000_0001,
        0x7fff_ffff_ffff_ffff,
        u64::MAX,
        0x2_8000_0000,
    ];
    type Op = (&'static str, fn(u64, u64) -> bool);
    let ops: [Op; 6] = [
        ("SCMP_CMP_EQ", |a, v| a == v),
        ("SCMP_CMP_NE", |a, v| a != v),
        ("SCMP_CMP_LT", |a, v| a < v),
        ("SCMP_CMP_LE", |a, v| a <= v),
        ("SCMP_CMP_GT", |a, v| a > v),
        ("SCMP_CMP_GE", |a, v| a >= v),
    ];
    for (op, holds) in ops {
        for v in edges {
            let p = profile_with(op, v, 0);
            for a in edges {
                let got = run(&p, ARCH_X86_64, 0, [0, 0, a, 0, 0, 0]);
                let want = if holds(a, v) { 0x0005_000d } else { ALLOW };
                assert_eq!(got, want, "{op} arg={a:#x} value={v:#x}");
            }
        }
    }
    let p = profile_with("SCMP_CMP_MASKED_EQ", 0xff_0000_00ff, 0x12_0000_0034);
    assert_eq!(
        run(&p, ARCH_X86_64, 0, [0, 0, 0xab12_cdef_0034, 0, 0, 0]),
        0x0005_000d
    );
    assert_eq!(
        run(&p, ARCH_X86_64, 0, [0, 0, 0x13_0000_0034, 0, 0, 0]),
        ALLOW
    );
}

#[test]
fn includes_and_excludes_and_actions() {
    let json = br#"{
        "defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [
            {"names": ["mkdir", "mkdirat", "nosuchcall"], "action": "SCMP_ACT_ERRNO"},
            {"name": "getpid", "action": "SCMP_ACT_KILL_PROCESS",
             "includes": {"caps": ["CAP_KILL"]}},
            {"names": ["getppid"], "action": "SCMP_ACT_LOG", "excludes": {"arches": ["amd64"]}},
            {"names": ["uname"], "action": "SCMP_ACT_TRAP", "includes": {"minKernel": "99.0"}}
        ]
    }"#;
    let p = Profile::parse(json).unwrap();
    let r = resolve(&p, &caps(&["CAP_KILL"])).unwrap();
    assert_eq!(r.rules[&nr("mkdirat")][0].action, Action::Errno(1));
    assert_eq!(r.rules[&nr("getpid")][0].action, Action::KillProcess);
    assert!(!r.rules.contains_key(&nr("getppid")));
    assert!(!r.rules.contains_key(&nr("uname")));
    assert!(!resolve(&p, &[]).unwrap().rules.contains_key(&nr("getpid")));
    let bad = br#"{"defaultAction": "SCMP_ACT_NOTIFY"}"#;
    assert!(resolve(&Profile::parse(bad).unwrap(), &[]).is_err());
    assert!(super::program(&Seccomp::Unconfined, &[]).unwrap().is_none());
}

#[test]
fn default_profile_round_trips_through_json() {
    let p = default::profile();
    let back = Profile::parse(&serde_json::to_vec(&p).unwrap()).unwrap();
    assert_eq!(p, back);
}
