"""``soat serve`` on the command line: its options, and a clear message without the extra."""

from __future__ import annotations

import socket

import pytest

import validator.cli.serve as cli_serve
import validator.serve as serve
from validator.cli import main


def test_without_the_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(serve, "available", lambda: False)
    assert main(["serve", "--no-plugins", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert err == f"soat: lỗi: {serve.MISSING}\n"
    assert "pip install 'soat[serve]'" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--port", "70000"], "--port phải từ 0 đến 65535"),
    (["--workers", "-1"], "--workers phải là số không âm (0 = số lõi CPU)"),
    (["--timeout", "0"], "--timeout phải lớn hơn 0"),
])
def test_bad_options_are_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--no-plugins", *args]) == 2
    assert capsys.readouterr().err.endswith(f"soat: lỗi: {message}\n")


def test_a_port_in_use_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    if not serve.available():
        pytest.skip("soat serve needs its extra: pip install '.[serve]'")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        assert main(["serve", "--no-plugins", "--port", str(port)]) == 2
    finally:
        taken.close()
    err = capsys.readouterr().err
    assert err.startswith(f"soat: lỗi: không mở được cổng {port} trên 127.0.0.1:")


def test_the_defaults_are_the_library_s() -> None:
    assert (cli_serve.DEFAULT_HOST, cli_serve.DEFAULT_PORT) == (serve.DEFAULT_HOST,
                                                                serve.DEFAULT_PORT)


def test_the_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    assert "mở trang bằng trình duyệt mặc định" in out and "--host" in out
