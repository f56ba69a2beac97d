"""The log file is set up once, in one place, and never stops the program."""

from __future__ import annotations

import logging

from coopdesk.core import logs, paths


def _ours(logfile):  # type: ignore[no-untyped-def]
    return [
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(logfile)
    ]


def test_records_go_to_one_log_file_however_often_it_is_set_up(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(paths, "_override", tmp_path)
    root = logging.getLogger()
    level = root.level
    try:
        first = logs.setup_logging()
        second = logs.setup_logging()
        assert first == second == tmp_path / "logs" / "coopdesk.log"
        assert len(_ours(first)) == 1
        logging.getLogger("coopdesk.test").info("Apostolove: programme importé")
        for handler in _ours(first):
            handler.flush()
        line = first.read_text(encoding="utf-8").splitlines()[-1]
        assert line.endswith("INFO coopdesk.test: Apostolove: programme importé")
    finally:
        for handler in _ours(tmp_path / "logs" / "coopdesk.log"):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def test_a_log_folder_that_cannot_be_made_leaves_the_program_running(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "_override", blocker)
    before = list(logging.getLogger().handlers)
    assert logs.setup_logging() is None
    assert logging.getLogger().handlers == before
