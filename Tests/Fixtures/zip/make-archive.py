#!/usr/bin/env python3
"""Builds one zip package for the archive tests, with Python's own zipfile module (an
independent implementation), from a package folder and an attack name.

usage: make-archive.py KIND SOURCE_FOLDER OUTPUT.zip
KIND: plain, nested, slip, absolute, symlink, many, bomb, spread-bomb, encrypted, truncated, lying
"""
import os
import stat
import sys
import zipfile


def add_folder(z, source, prefix=""):
    for root, _, files in os.walk(source):
        for name in sorted(files):
            full = os.path.join(root, name)
            z.write(full, prefix + os.path.relpath(full, source))


def main():
    kind, source, output = sys.argv[1:4]
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
        if kind == "nested":
            add_folder(z, source, "enhed/")
        else:
            add_folder(z, source)
        if kind == "slip":
            z.writestr("../../escaped.txt", "x")
        elif kind == "absolute":
            z.writestr("/tmp/escaped.txt", "x")
        elif kind == "symlink":
            info = zipfile.ZipInfo("link.txt")
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, "/etc/passwd")
        elif kind == "many":
            for i in range(50):
                z.writestr(f"extra/{i}.txt", "x")
        elif kind == "bomb":
            z.writestr("bomb.bin", b"\0" * (64 << 20))
        elif kind == "spread-bomb":
            # Each entry stays at 1 MiB, under the bound per entry; together they unpack to
            # 32 MiB from a few tens of kilobytes.
            for i in range(32):
                z.writestr(f"fill/{i}.bin", b"\0" * (1 << 20))
        elif kind == "lying":
            z.writestr("big.txt", b"y" * 4096)
    data = bytearray(open(output, "rb").read())
    if kind == "encrypted":
        # Set the "encrypted" flag on the first entry, in its local and central headers.
        local = data.find(b"PK\x03\x04")
        data[local + 6] |= 1
        central = data.find(b"PK\x01\x02")
        data[central + 8] |= 1
    elif kind == "truncated":
        data = data[: len(data) // 2]
    elif kind == "lying":
        # Claim the last entry unpacks to 10 bytes while it holds 4096.
        central = data.rfind(b"PK\x01\x02")
        data[central + 24:central + 28] = (10).to_bytes(4, "little")
        name_len = int.from_bytes(data[central + 28:central + 30], "little")
        offset = int.from_bytes(data[central + 42:central + 46], "little")
        data[offset + 22:offset + 26] = (10).to_bytes(4, "little")
    open(output, "wb").write(bytes(data))


if __name__ == "__main__":
    main()
