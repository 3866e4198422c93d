//! Device access rules (`c 1:3 rwm`), and for cgroup v2 — which has no devices controller —
//! the eBPF program that enforces them: BPF_PROG_TYPE_CGROUP_DEVICE, attached to the
//! container's cgroup, allowing an access when some rule matches and refusing the rest.

/// One rule: `kind` is `a` (all), `b` or `c`; `None` stands for `*`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub kind: char,
    pub major: Option<u32>,
    pub minor: Option<u32>,
    /// Bits: 1 mknod, 2 read, 4 write (the kernel's BPF_DEVCG_ACC_*).
    pub access: u32,
}

pub fn parse(rule: &str) -> Result<Rule, String> {
    let bad = || format!("invalid device rule {rule:?}");
    let mut parts = rule.split_whitespace();
    let kind = match parts.next() {
        Some(k @ ("a" | "b" | "c")) => k.chars().next().ok_or_else(bad)?,
        _ => return Err(bad()),
    };
    let (major, minor) = match parts.next() {
        Some(mm) => mm.split_once(':').ok_or_else(bad)?,
        None => ("*", "*"),
    };
    let num = |s: &str| -> Result<Option<u32>, String> {
        if s == "*" {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| bad())
        }
    };
    let mut access = 0;
    for c in parts.next().unwrap_or("rwm").chars() {
        access |= match c {
            'm' => 1,
            'r' => 2,
            'w' => 4,
            _ => return Err(bad()),
        };
    }
    if parts.next().is_some() {
        return Err(bad());
    }
    Ok(Rule {
        kind,
        major: num(major)?,
        minor: num(minor)?,
        access,
    })
}

pub use crate::sys::bpf::Insn;

pub const LDX_W: u8 = 0x61; // BPF_LDX | BPF_MEM | BPF_W
pub const AND32_K: u8 = 0x54; // BPF_ALU | BPF_AND | BPF_K
pub const RSH32_K: u8 = 0x74; // BPF_ALU | BPF_RSH | BPF_K
pub const MOV32_X: u8 = 0xbc; // BPF_ALU | BPF_MOV | BPF_X
pub const MOV64_K: u8 = 0xb7; // BPF_ALU64 | BPF_MOV | BPF_K
pub const JNE_K: u8 = 0x55; // BPF_JMP | BPF_JNE | BPF_K
pub const EXIT: u8 = 0x95; // BPF_JMP | BPF_EXIT

fn insn(code: u8, dst: u8, src: u8, off: i16, imm: i32) -> Insn {
    Insn {
        code,
        regs: dst | (src << 4),
        off,
        imm,
    }
}

/// The program: r2 = device type, r3 = access, r4 = major, r5 = minor (from
/// `struct bpf_cgroup_dev_ctx`), then one block per rule that returns 1 on a match, and 0
/// at the end.
pub fn program(rules: &[Rule]) -> Vec<Insn> {
    let mut p = vec![
        insn(LDX_W, 2, 1, 0, 0),
        insn(AND32_K, 2, 0, 0, 0xffff),
        insn(LDX_W, 3, 1, 0, 0),
        insn(RSH32_K, 3, 0, 0, 16),
        insn(LDX_W, 4, 1, 4, 0),
        insn(LDX_W, 5, 1, 8, 0),
    ];
    for r in rules {
        // Jumps out of the block are filled in once its length is known.
        let mut block: Vec<Insn> = Vec::new();
        let mut exits = Vec::new();
        let mut skip_unless = |block: &mut Vec<Insn>, reg: u8, value: u32| {
            exits.push(block.len());
            block.push(insn(JNE_K, reg, 0, 0, value as i32));
        };
        match r.kind {
            'b' => skip_unless(&mut block, 2, 1), // BPF_DEVCG_DEV_BLOCK
            'c' => skip_unless(&mut block, 2, 2), // BPF_DEVCG_DEV_CHAR
            _ => {}
        }
        if r.access & 7 != 7 {
            block.push(insn(MOV32_X, 1, 3, 0, 0));
            block.push(insn(AND32_K, 1, 0, 0, (!r.access & 7) as i32));
            skip_unless(&mut block, 1, 0);
        }
        if let Some(m) = r.major {
            skip_unless(&mut block, 4, m);
        }
        if let Some(m) = r.minor {
            skip_unless(&mut block, 5, m);
        }
        block.push(insn(MOV64_K, 0, 0, 0, 1));
        block.push(insn(EXIT, 0, 0, 0, 0));
        let len = block.len();
        for i in exits {
            block[i].off = (len - i - 1) as i16;
        }
        p.extend(block);
    }
    p.push(insn(MOV64_K, 0, 0, 0, 0));
    p.push(insn(EXIT, 0, 0, 0, 0));
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the program on (type, access, major, minor) with a tiny eBPF interpreter.
    fn allows(p: &[Insn], kind: u32, access: u32, major: u32, minor: u32) -> bool {
        let ctx = [(access << 16) | kind, major, minor];
        let mut r = [0u64; 11];
        let mut pc = 0usize;
        loop {
            let i = p[pc];
            let (dst, src) = ((i.regs & 0xf) as usize, (i.regs >> 4) as usize);
            pc += 1;
            match i.code {
                LDX_W => {
                    assert_eq!(src, 1, "loads only from the context");
                    r[dst] = ctx[i.off as usize / 4] as u64;
                }
                AND32_K => r[dst] = (r[dst] as u32 & i.imm as u32) as u64,
                RSH32_K => r[dst] = (r[dst] as u32 >> i.imm) as u64,
                MOV32_X => r[dst] = r[src] as u32 as u64,
                MOV64_K => r[dst] = i.imm as i64 as u64,
                JNE_K => {
                    if r[dst] != i.imm as i64 as u64 {
                        pc += i.off as usize;
                    }
                }
                EXIT => return r[0] == 1,
                other => panic!("opcode {other:#x}"),
            }
        }
    }

    const BLOCK: u32 = 1;
    const CHAR: u32 = 2;
    const MKNOD: u32 = 1;
    const READ: u32 = 2;
    const WRITE: u32 = 4;

    #[test]
    fn the_default_list_lets_through_only_what_it_names() {
        let rules: Vec<Rule> = super::super::DEFAULT_DEVICES
            .iter()
            .map(|r| parse(r).unwrap())
            .collect();
        let p = program(&rules);
        assert!(allows(&p, CHAR, READ | WRITE, 1, 3), "/dev/null");
        assert!(allows(&p, CHAR, READ, 136, 7), "a pty");
        assert!(allows(&p, BLOCK, MKNOD, 8, 0), "mknod of anything");
        assert!(!allows(&p, BLOCK, READ, 8, 0), "reading a disk");
        assert!(!allows(&p, CHAR, READ, 1, 1), "/dev/mem");
        assert!(
            !allows(&p, CHAR, MKNOD | READ, 1, 1),
            "mknod plus read is not mknod"
        );
        let extra = [parse("b 8:0 r").unwrap()];
        let p = program(&extra);
        assert!(allows(&p, BLOCK, READ, 8, 0));
        assert!(!allows(&p, BLOCK, WRITE, 8, 0));
        assert!(!allows(&p, CHAR, READ, 8, 0));
        assert!(!allows(&p, BLOCK, READ, 8, 1));
        let all = program(&[parse("a *:* rwm").unwrap()]);
        assert!(allows(&all, BLOCK, READ | WRITE | MKNOD, 259, 3));
    }

    #[test]
    fn rules_parse_like_the_devices_controller() {
        assert_eq!(
            parse("c 136:* rw").unwrap(),
            Rule {
                kind: 'c',
                major: Some(136),
                minor: None,
                access: 6
            }
        );
        assert_eq!(parse("a").unwrap().access, 7);
        for bad in ["x 1:3 r", "c 1-3 r", "c 1:3 q", "c a:3 r", "c 1:3 r extra"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
