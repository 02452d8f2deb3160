"""The command line's exit statuses: 2 for input that cannot work, 3 for an unexpected error, each one
line on stderr and never a traceback; an unexpected error's traceback goes to a log file whose path
that line names. Run as the analyst runs it: a subprocess where QGIS cannot be imported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_support import run_cli as cli
from support import damaged_image

ROOT = Path(__file__).resolve().parents[2]
LOG_LINE = re.compile(r"^apt_cropland: unexpected error \(RasterioIOError: .*\)\. The details are in (\S+\.log);")






def test_out_naming_an_existing_file_is_bad_input_in_one_line(no_qgis, naip_path, naip_glc, tiny_checkpoint,
                                                              tmp_path):
    out = tmp_path / "results.gpkg"
    out.write_text("the analyst's own file")
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
               "--out", str(out))
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert proc.stderr.strip().splitlines() == [f"apt_cropland: --out {str(out)!r} is a file: name a folder for "
                                                f"the results."]
    assert out.read_text() == "the analyst's own file"
    under_a_file = out / "run1"  # a folder that cannot be made: its parent is a file
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", tiny_checkpoint,
               "--out", str(under_a_file))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [f"apt_cropland: Cannot make the --out folder {str(under_a_file)!r}: "
                                                "Not a directory"]


def test_an_unexpected_error_is_one_line_naming_a_log_with_the_traceback(no_qgis, tiny_checkpoint, tmp_path):
    image, glc = damaged_image(tmp_path)
    out = tmp_path / "out"
    proc = cli(no_qgis, "run", "--image", image, "--glc", glc, "--checkpoint", tiny_checkpoint, "--device", "cpu",
               "--out", str(out))
    assert proc.returncode == 3, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    last = proc.stderr.strip().splitlines()[-1]
    match = LOG_LINE.match(last)
    assert match, last
    # GDAL's own error lines may come before it; nothing of ours but that one line
    assert [line for line in proc.stderr.splitlines() if line.startswith("apt_cropland")] == [last]
    log = Path(match.group(1))
    assert log.parent == out and log.name.startswith("apt_cropland_error_")
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "_compute_stretch" in text and "RasterioIOError" in text
    assert "--image " + image in text  # the command that failed


def test_the_log_goes_to_the_temporary_folder_without_a_writable_out(tmp_path, monkeypatch):
    from apt_cropland.plugin.cli.main import _write_log

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    try:
        raise KeyError("boom")
    except KeyError as exc:
        path = _write_log(exc, str(tmp_path / "missing"))
        other = _write_log(exc, None)
    assert Path(path).parent == tmp_path and path != other  # a new file each time, none replaced
    assert "KeyError: 'boom'" in Path(path).read_text()


def test_usage_errors_stay_status_2(capsys):
    from apt_cropland.plugin.cli.main import main

    with pytest.raises(SystemExit) as done:
        main(["run", "--image", "x.tif"])  # --out missing
    assert done.value.code == 2 and "--out" in capsys.readouterr().err


def test_sam3_not_in_the_model_folder_says_where_to_get_it(no_qgis, naip_path, naip_glc, tmp_path):
    """``--checkpoint sam3`` (gated: the plugin cannot download it) names the page and the licence."""
    proc = cli(no_qgis, "run", "--image", naip_path, "--glc", naip_glc, "--checkpoint", "sam3",
               "--models-dir", str(tmp_path / "models"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2, proc.stderr[-3000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "https://huggingface.co/facebook/sam3" in lines[0] and "licence" in lines[0]
    assert ".pth file" not in lines[0]
