use super::*;
use serde_json::json;

fn r(t: &str, v: &Value) -> String {
    Template::parse(t).unwrap().render(v).unwrap()
}

#[test]
fn fields_and_text() {
    let v = json!({"Repository": "busybox", "Tag": "latest", "Config": {"Env": ["A=1", "B=2"], "Labels": {"a.b": "c"}}});
    assert_eq!(r("{{.Repository}}:{{.Tag}}", &v), "busybox:latest");
    assert_eq!(r("{{.Config.Env}}", &v), "[A=1 B=2]");
    assert_eq!(r("{{json .Config.Env}}", &v), r#"["A=1","B=2"]"#);
    assert_eq!(r(r#"{{index .Config.Labels "a.b"}}"#, &v), "c");
    assert_eq!(r("{{.Config.Missing}}", &v), "<no value>");
    assert!(Template::parse("{{.Nope}}").unwrap().render(&v).is_err());
}

#[test]
fn control_flow_and_vars() {
    let v = json!({"Names": ["a", "b"], "Labels": {"x": "1", "y": "2"}, "N": 3, "E": []});
    assert_eq!(r("{{range .Names}}[{{.}}]{{end}}", &v), "[a][b]");
    assert_eq!(
        r("{{range $i, $n := .Names}}{{$i}}={{$n}} {{end}}", &v),
        "0=a 1=b "
    );
    assert_eq!(
        r("{{range $k, $v := .Labels}}{{$k}}:{{$v}},{{end}}", &v),
        "x:1,y:2,"
    );
    assert_eq!(r("{{range .E}}x{{else}}empty{{end}}", &v), "empty");
    assert_eq!(
        r(
            "{{if gt .N 2}}big{{else if eq .N 2}}two{{else}}small{{end}}",
            &v
        ),
        "big"
    );
    assert_eq!(r("{{with .Labels}}{{.x}}{{end}}", &v), "1");
    assert_eq!(r("{{$x := .N}}{{$x}}", &v), "3");
    assert_eq!(r("{{range .Names}}{{$.N}}{{end}}", &v), "33");
    assert_eq!(r("a {{- /* c */ -}} b", &v), "ab");
    assert_eq!(r("{{if and .N (not .E)}}yes{{end}}", &v), "yes");
}

#[test]
fn docker_functions() {
    let v = json!({"S": "Hello World", "L": ["x", "y"], "ID": "0123456789abcdef"});
    assert_eq!(
        r("{{lower .S}}|{{upper .S}}|{{title \"a b\"}}", &v),
        "hello world|HELLO WORLD|A B"
    );
    assert_eq!(r("{{join .L \",\"}}", &v), "x,y");
    assert_eq!(r("{{split \"a:b\" \":\"}}", &v), "[a b]");
    assert_eq!(r("{{truncate .ID 4}}", &v), "0123");
    assert_eq!(r("{{.S | lower}}", &v), "hello world");
    assert_eq!(r("{{pad .L 1 1}}", &v), " [x y] ");
    assert_eq!(r("{{len .L}}", &v), "2");
    assert_eq!(r("{{printf \"%-5s|%3d\" \"ab\" 7}}", &v), "ab   |  7");
    assert_eq!(r("{{println .L}}", &v), "[x y]\n");
    assert_eq!(
        r("{{json .}}", &json!({"a": "<&>"})),
        r#"{"a":"\u003c\u0026\u003e"}"#
    );
    assert_eq!(r("{{(index .L 1)}}", &v), "y");
}

#[test]
fn parse_errors() {
    for bad in [
        "{{if .A}}x",
        "{{end}}",
        "{{.A",
        "{{nosuchfn .A}}x",
        "{{\"open}}",
    ] {
        let res = Template::parse(bad).and_then(|t| t.render(&json!({"A": 1})));
        assert!(res.is_err(), "{bad}");
    }
}
