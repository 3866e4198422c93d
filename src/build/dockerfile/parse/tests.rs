use super::*;

fn one(text: &str) -> Instruction {
    let d = parse(text, "Dockerfile").unwrap();
    assert_eq!(d.instructions.len(), 1, "{d:?}");
    d.instructions.into_iter().next().unwrap()
}

#[test]
fn keywords_continuations_and_comments() {
    let d = parse(
        "# syntax=docker/dockerfile:1\n\
         # a comment\n\
         from busybox AS base\n\
         \n\
         RUN echo a \\\n\
         # comment inside\n\
         \n\
           b \\  \n\
         c\n\
         CMD [\"sh\", \"-c\", \"echo hi\"]\n\
         cmd echo not json [\n",
        "Dockerfile",
    )
    .unwrap();
    assert_eq!(d.syntax.as_deref(), Some("docker/dockerfile:1"));
    let k: Vec<(&str, usize)> = d
        .instructions
        .iter()
        .map(|i| (i.keyword.as_str(), i.line))
        .collect();
    assert_eq!(k, [("FROM", 3), ("RUN", 5), ("CMD", 10), ("CMD", 11)]);
    assert_eq!(
        d.instructions[0].args,
        Args::Shell("busybox AS base".into())
    );
    assert_eq!(d.instructions[1].args, Args::Shell("echo a b c".into()));
    assert_eq!(
        d.instructions[2].args,
        Args::Exec(vec!["sh".into(), "-c".into(), "echo hi".into()])
    );
    assert_eq!(
        d.instructions[3].args,
        Args::Shell("echo not json [".into())
    );
}

#[test]
fn escape_directive_and_late_directives() {
    let d = parse(
        "# escape=`\nFROM scratch\nRUN dir c:\\ `\n  /w\n",
        "Dockerfile",
    )
    .unwrap();
    assert_eq!(d.escape, '`');
    assert_eq!(d.instructions[1].args, Args::Shell("dir c:\\   /w".into()));
    // after an instruction, `# escape=` is a comment
    let d = parse("FROM scratch\n# escape=`\nRUN a \\\n b\n", "Dockerfile").unwrap();
    assert_eq!(d.escape, '\\');
    assert_eq!(d.instructions[1].args, Args::Shell("a  b".into()));
}

#[test]
fn flags_and_heredocs() {
    let i = one("COPY --from=build --chown=1:2 --link a b /dst/\n");
    assert_eq!(i.flag("from").unwrap().value.as_deref(), Some("build"));
    assert_eq!(i.flag("link").unwrap().value, None);
    assert_eq!(i.args, Args::Shell("a b /dst/".into()));
    let i = one("RUN --mount=type=cache,target=/c --mount=type=tmpfs,target=/t make\n");
    assert_eq!(i.flag_values("mount").len(), 2);
    // flags are only read where docker reads them
    let i = one("ENV --x=1\n");
    assert!(i.flags.is_empty());
    let d = parse(
        "FROM scratch\nRUN <<EOF\necho $HOME\n  indented\nEOF\nRUN <<-'END' cat\n\t\tliteral $X\n\tEND\nCOPY <<a.txt <<b.txt /out/\none\na.txt\ntwo\nb.txt\n",
        "Dockerfile",
    )
    .unwrap();
    let h = &d.instructions[1].heredocs[0];
    assert_eq!(
        (h.name.as_str(), h.content.as_str(), h.expand),
        ("EOF", "echo $HOME\n  indented\n", true)
    );
    let h = &d.instructions[2].heredocs[0];
    assert_eq!((h.content.as_str(), h.expand), ("literal $X\n", false));
    assert_eq!(d.instructions[3].heredocs.len(), 2);
    assert_eq!(d.instructions[3].heredocs[1].content, "two\n");
}

#[test]
fn errors_name_file_and_line() {
    let e = parse("FROM scratch\n\nFROBNICATE x\n", "sub/Containerfile").unwrap_err();
    assert_eq!(
        e.to_string(),
        "sub/Containerfile:3: unknown instruction: FROBNICATE"
    );
    let e = parse("FROM scratch\nRUN <<EOF\necho\n", "Dockerfile").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.message.contains("unterminated here-document"), "{e}");
    let e = parse("FROM scratch\nWORKDIR\n", "Dockerfile").unwrap_err();
    assert_eq!(
        (e.line, e.message.as_str()),
        (2, "WORKDIR requires at least one argument")
    );
    assert!(parse("# escape=x\nFROM a\n", "Dockerfile").is_err());
    let e = parse("FROM a\nCOPY --exclude=*.md . /\n", "Dockerfile").unwrap_err();
    assert_eq!(e.message, "unknown flag for COPY: --exclude");
}
