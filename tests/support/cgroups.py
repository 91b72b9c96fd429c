"""A cgroup v2 tree as systemd leaves it for a unit, in a temporary folder."""

from __future__ import annotations

from pathlib import Path


def cgroup_tree(tmp_path: Path, *, high: str, max_: str = "max") -> tuple[Path, Path]:
    """A /proc/self/cgroup and a cgroup v2 root as systemd leaves them for a unit."""
    proc = tmp_path / "cgroup"
    proc.write_text("0::/system.slice/healthbot.service\n")
    group = tmp_path / "root" / "system.slice" / "healthbot.service"
    group.mkdir(parents=True)
    (group / "memory.current").write_text(f"{300 * 2**20}\n")
    (group / "memory.stat").write_text(f"anon {200 * 2**20}\ninactive_file {60 * 2**20}\n")
    (group / "memory.high").write_text(f"{high}\n")
    (group / "memory.max").write_text(f"{max_}\n")
    return proc, tmp_path / "root"
