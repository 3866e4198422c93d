//! Compiles a resolved profile to a classic-BPF seccomp program. Dispatch on the system call
//! number is a binary search (a handful of comparisons per call instead of hundreds); each
//! call's rules then test its arguments as 64-bit values, high word first. Conditional jumps
//! only ever skip one instruction: every real jump is a `ja`, whose 32-bit offset makes any
//! program size reachable without trampolines.

use super::profile::{Action, Cmp, Cond, Resolved, Rule};

pub use crate::sys::seccomp::Insn;

pub const LD_ABS: u16 = 0x20; // BPF_LD | BPF_W | BPF_ABS
pub const AND_K: u16 = 0x54; // BPF_ALU | BPF_AND | BPF_K
pub const JA: u16 = 0x05; // BPF_JMP | BPF_JA
pub const JEQ: u16 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
pub const JGT: u16 = 0x25; // BPF_JMP | BPF_JGT | BPF_K
pub const JGE: u16 = 0x35; // BPF_JMP | BPF_JGE | BPF_K
pub const RET_K: u16 = 0x06; // BPF_RET | BPF_K

/// `AUDIT_ARCH_X86_64`.
pub const ARCH_X86_64: u32 = 0xc000_003e;
/// x32 system calls are numbered from here; the filter treats them as unknown.
const X32_BIT: u32 = 0x4000_0000;
/// Offsets in `struct seccomp_data`.
const OFF_NR: u32 = 0;
const OFF_ARCH: u32 = 4;
const OFF_ARGS: u32 = 16;
/// The kernel's `BPF_MAXINSNS`.
const MAX_INSNS: usize = 4096;

pub fn ret_value(a: Action) -> u32 {
    match a {
        Action::KillThread => 0,
        Action::KillProcess => 0x8000_0000,
        Action::Trap => 0x0003_0000,
        Action::Errno(e) => 0x0005_0000 | (e & 0xffff),
        Action::Trace(d) => 0x7ff0_0000 | (d & 0xffff),
        Action::Log => 0x7ffc_0000,
        Action::Allow => 0x7fff_0000,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Label(usize);

enum Item {
    Insn(Insn),
    Jump(Label),
    Bind(Label),
}

#[derive(Default)]
struct Asm {
    items: Vec<Item>,
    labels: usize,
}

impl Asm {
    fn label(&mut self) -> Label {
        self.labels += 1;
        Label(self.labels - 1)
    }

    fn bind(&mut self, l: Label) {
        self.items.push(Item::Bind(l));
    }

    fn insn(&mut self, code: u16, k: u32) {
        self.items.push(Item::Insn(Insn {
            code,
            jt: 0,
            jf: 0,
            k,
        }));
    }

    fn load(&mut self, offset: u32) {
        self.insn(LD_ABS, offset);
    }

    fn ret(&mut self, a: Action) {
        self.insn(RET_K, ret_value(a));
    }

    fn jump(&mut self, to: Label) {
        self.items.push(Item::Jump(to));
    }

    /// Jumps to `to` when `A <op> k` is `when`; falls through otherwise.
    fn jump_if(&mut self, op: u16, k: u32, when: bool, to: Label) {
        let (jt, jf) = if when { (0, 1) } else { (1, 0) };
        self.items.push(Item::Insn(Insn {
            code: op,
            jt,
            jf,
            k,
        }));
        self.jump(to);
    }

    fn finish(self) -> Result<Vec<Insn>, String> {
        let mut at = vec![usize::MAX; self.labels];
        let mut pc = 0;
        for item in &self.items {
            match item {
                Item::Bind(l) => at[l.0] = pc,
                _ => pc += 1,
            }
        }
        if pc > MAX_INSNS {
            return Err(format!(
                "the filter needs {pc} instructions, more than the kernel's {MAX_INSNS}"
            ));
        }
        let mut out = Vec::with_capacity(pc);
        for item in self.items {
            match item {
                Item::Insn(i) => out.push(i),
                Item::Jump(l) => {
                    let target = at[l.0];
                    let here = out.len() + 1;
                    if target < here || target == usize::MAX {
                        return Err("internal error: backward or unbound jump".into());
                    }
                    out.push(Insn {
                        code: JA,
                        jt: 0,
                        jf: 0,
                        k: (target - here) as u32,
                    });
                }
                Item::Bind(_) => {}
            }
        }
        Ok(out)
    }
}

/// The program for `profile`: wrong architecture, x32 calls and unlisted calls get the
/// default action.
pub fn compile(profile: &Resolved) -> Result<Vec<Insn>, String> {
    let mut asm = Asm::default();
    let default = asm.label();
    asm.load(OFF_ARCH);
    asm.jump_if(JEQ, ARCH_X86_64, false, default);
    asm.load(OFF_NR);
    asm.jump_if(JGE, X32_BIT, true, default);
    let nrs: Vec<u32> = profile.rules.keys().copied().collect();
    let blocks: Vec<Label> = nrs.iter().map(|_| asm.label()).collect();
    dispatch(&mut asm, &nrs, &blocks, default);
    asm.bind(default);
    asm.ret(profile.default);
    for (rules, block) in profile.rules.values().zip(&blocks) {
        asm.bind(*block);
        rules_block(&mut asm, rules, profile.default);
    }
    asm.finish()
}

/// Binary search over the sorted numbers `nrs` (A holds the call number).
fn dispatch(asm: &mut Asm, nrs: &[u32], blocks: &[Label], default: Label) {
    const LINEAR: usize = 4;
    if nrs.len() <= LINEAR {
        for (nr, block) in nrs.iter().zip(blocks) {
            asm.jump_if(JEQ, *nr, true, *block);
        }
        asm.jump(default);
        return;
    }
    let mid = nrs.len() / 2;
    let upper = asm.label();
    asm.jump_if(JGE, nrs[mid], true, upper);
    dispatch(asm, &nrs[..mid], &blocks[..mid], default);
    asm.bind(upper);
    dispatch(asm, &nrs[mid..], &blocks[mid..], default);
}

/// One call's rules: conditional ones in order, then an unconditional one, else the default.
fn rules_block(asm: &mut Asm, rules: &[Rule], default: Action) {
    for rule in rules.iter().filter(|r| !r.conds.is_empty()) {
        let next = asm.label();
        for c in &rule.conds {
            condition(asm, c, next);
        }
        asm.ret(rule.action);
        asm.bind(next);
    }
    let fallback = rules
        .iter()
        .rev()
        .find(|r| r.conds.is_empty())
        .map_or(default, |r| r.action);
    asm.ret(fallback);
}

/// Falls through when the condition holds, jumps to `fail` when it does not.
fn condition(asm: &mut Asm, c: &Cond, fail: Label) {
    let lo = OFF_ARGS + 8 * c.arg;
    let hi = lo + 4;
    let split = |v: u64| ((v >> 32) as u32, v as u32);
    let ok = asm.label();
    match c.cmp {
        Cmp::Eq(v) => {
            let (vh, vl) = split(v);
            asm.load(hi);
            asm.jump_if(JEQ, vh, false, fail);
            asm.load(lo);
            asm.jump_if(JEQ, vl, false, fail);
        }
        Cmp::Ne(v) => {
            let (vh, vl) = split(v);
            asm.load(hi);
            asm.jump_if(JEQ, vh, false, ok);
            asm.load(lo);
            asm.jump_if(JEQ, vl, true, fail);
        }
        Cmp::MaskedEq { mask, value } => {
            let (mh, ml) = split(mask);
            let (vh, vl) = split(value);
            asm.load(hi);
            asm.insn(AND_K, mh);
            asm.jump_if(JEQ, vh, false, fail);
            asm.load(lo);
            asm.insn(AND_K, ml);
            asm.jump_if(JEQ, vl, false, fail);
        }
        Cmp::Gt(v) | Cmp::Ge(v) => {
            let (vh, vl) = split(v);
            asm.load(hi);
            asm.jump_if(JGT, vh, true, ok);
            asm.jump_if(JEQ, vh, false, fail);
            asm.load(lo);
            let op = if matches!(c.cmp, Cmp::Gt(_)) {
                JGT
            } else {
                JGE
            };
            asm.jump_if(op, vl, false, fail);
        }
        Cmp::Lt(v) | Cmp::Le(v) => {
            let (vh, vl) = split(v);
            asm.load(hi);
            asm.jump_if(JGE, vh, false, ok);
            asm.jump_if(JEQ, vh, false, fail);
            asm.load(lo);
            // lo < vl is !(lo >= vl); lo <= vl is !(lo > vl)
            let op = if matches!(c.cmp, Cmp::Lt(_)) {
                JGE
            } else {
                JGT
            };
            asm.jump_if(op, vl, true, fail);
        }
    }
    asm.bind(ok);
}
