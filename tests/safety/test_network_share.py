"""A database on a network share is recognised: mounts tables, UNC paths, mapped drives."""

from __future__ import annotations

from zjtracker.db.safety import on_network_share
from zjtracker.db.network_share import DRIVE_REMOTE, is_network_filesystem, mount_fstype

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/科室共享 /mnt/office cifs rw,vers=3.0 0 0
nas:/export/ledger /mnt/nas nfs4 rw 0 0
clerk@host:/srv /home/clerk/remote fuse.sshfs rw 0 0
/dev/vdb /mnt/office/local ext4 rw 0 0
//server/with\\040space /mnt/with\\040space smb3 rw 0 0
"""


def _mounts(tmp_path):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS, encoding="utf-8")
    return table


def test_filesystems_from_a_mounts_table(tmp_path):
    table = _mounts(tmp_path)
    assert mount_fstype("/mnt/office/台账/zjtracker.db", table) == "cifs"
    assert mount_fstype("/mnt/office/local/zjtracker.db", table) == "ext4"  # the deeper mount wins
    assert mount_fstype("/mnt/officex/zjtracker.db", table) == "ext4"  # not a prefix by characters
    assert mount_fstype("/mnt/with space/z.db", table) == "smb3"
    for path, remote in [("/mnt/office/z.db", True), ("/mnt/nas/z.db", True), ("/home/clerk/remote/z.db", True),
                         ("/mnt/office/local/z.db", False), ("/tmp/z.db", False), ("/mnt/with space/z.db", True)]:
        assert on_network_share(path, mounts_file=table, platform="linux") is remote, path


def test_the_real_temporary_folder_is_local(tmp_path):
    assert on_network_share(tmp_path / "z.db") is False


def test_network_filesystem_names():
    for name in ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.rclone"):
        assert is_network_filesystem(name), name
    for name in ("ext4", "xfs", "btrfs", "tmpfs", "ntfs", "fuseblk", "overlay", None, ""):
        assert not is_network_filesystem(name), name


def test_windows_unc_paths_and_mapped_drives():
    drives = {"Z:\\": DRIVE_REMOTE, "C:\\": 3, "E:\\": 2}
    asked = []

    def drive_type(root):
        asked.append(root)
        return drives.get(root, 0)

    def remote(path):
        return on_network_share(path, drive_type=drive_type, platform="win32")

    assert remote(r"\\fileserver\科室共享\zjtracker.db")
    assert remote(r"\\?\UNC\fileserver\share\zjtracker.db")
    assert remote("//fileserver/share/zjtracker.db")
    assert remote(r"z:\台账\zjtracker.db") and "Z:\\" in asked
    assert remote(r"\\?\Z:\台账\zjtracker.db")
    assert not remote(r"C:\Users\clerk\AppData\Local\zjtracker\zjtracker.db")
    assert not remote(r"E:\备份\zjtracker.db")
    assert not remote("relative\\zjtracker.db")
