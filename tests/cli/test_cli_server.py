"""`ecanvas push`, `pull`, and the read-only commands on a server URL."""

from __future__ import annotations

import json


def test_push_then_pull_gives_the_same_interchange_document(tmp_path, pg_cluster, run):
    plan = tmp_path / "plan.ecanvas"
    assert run("new", str(plan), "--template", "swot", "--title", "SWOT 分析").code == 0
    url = pg_cluster.url
    pushed = run("push", str(plan), url, "--workspace", "cli_push")
    assert pushed.code == 0, pushed.err
    assert "pushed" in pushed.out and "workspace=cli_push" in pushed.out
    pulled = run("pull", url, "--workspace", "cli_push", "-o", str(tmp_path / "back.ecanvas"))
    assert pulled.code == 0, pulled.err
    for source, out in ((plan, "a.json"), (tmp_path / "back.ecanvas", "b.json")):
        assert run("export", str(source), "-o", str(tmp_path / out)).code == 0
    server_url = f"{url}?workspace=cli_push"
    assert run("export", server_url, "-o", str(tmp_path / "c.json")).code == 0
    documents = [json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json", "c.json")]
    assert documents[0] == documents[1] == documents[2]
    info = run("info", server_url, "--json")
    assert info.code == 0, info.err
    assert json.loads(info.out)["canvases"][0]["title"] == "SWOT 分析"


def test_push_refuses_an_existing_workspace_and_pull_an_existing_file(tmp_path, pg_cluster, run):
    plan = tmp_path / "plan.ecanvas"
    run("new", str(plan), "--template", "swot")
    assert run("push", str(plan), pg_cluster.url, "--workspace", "twice").code == 0
    again = run("push", str(plan), pg_cluster.url, "--workspace", "twice")
    assert again.code == 1
    assert "a workspace of this name is on the server" in again.err
    refused = run("pull", pg_cluster.url, "--workspace", "twice", "-o", str(plan))
    assert refused.code == 1 and "a file already exists" in refused.err


def test_bad_urls_and_missing_passwords_are_one_line_errors(tmp_path, pg_cluster, run):
    plan = tmp_path / "plan.ecanvas"
    run("new", str(plan), "--template", "swot")
    no_name = run("push", str(plan), pg_cluster.url)
    assert no_name.code == 1
    assert "say which workspace" in no_name.err
    bad = run("push", str(plan), pg_cluster.url, "--workspace", "Bad-Name")
    assert bad.code == 1 and "lower-case letters" in bad.err
    url = pg_cluster.url.replace("postgres@", "ecanvas_pw@", 1)
    locked = run("pull", url, "--workspace", "x", "-o", str(tmp_path / "x.ecanvas"))
    assert locked.code == 1
    assert "no password" in locked.err and "secret" not in locked.err
    assert locked.error_line


def test_check_reads_a_shared_workspace_on_the_server(tmp_path, pg_cluster, run):
    plan = tmp_path / "plan.ecanvas"
    run("new", str(plan), "--template", "swot", "--title", "SWOT 分析")
    assert run("push", str(plan), pg_cluster.url, "--workspace", "cli_check").code == 0
    server_url = f"{pg_cluster.url}?workspace=cli_check"
    found = run("check", server_url, "--json")
    assert found.code == 0, found.err
    findings = json.loads(found.out)
    assert {f["rule"] for f in findings} == {"empty-block"}  # four empty SWOT blocks
    assert len(findings) == 4
    text = run("check", server_url)
    assert text.code == 0, text.err
    assert "workspace=cli_check" in text.out.splitlines()[0]
    assert "4 findings" in text.out
