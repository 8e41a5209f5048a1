#!/usr/bin/env python3
"""Builds one zip package for the archive tests, with Python's own zipfile module (an
independent implementation), from a package folder and an attack name.

usage: make-archive.py KIND SOURCE_FOLDER OUTPUT.zip
KIND: plain, nested, finder, cp437, slip, absolute, symlink, many, bomb, spread-bomb, encrypted,
truncated, lying, crc
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
    renamed = {}
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED if kind == "crc" else zipfile.ZIP_DEFLATED) as z:
        if kind in ("nested", "finder"):
            add_folder(z, source, "enhed/")
        elif kind == "cp437":
            # Python flags names that are not ASCII as UTF-8; DOS zip tools wrote them in code
            # page 437 without the flag. Write an ASCII stand-in and patch in the CP437 bytes.
            for root, _, files in os.walk(source):
                for name in sorted(files):
                    full = os.path.join(root, name)
                    real = os.path.relpath(full, source)
                    stand_in = "".join(c if ord(c) < 128 else "~" for c in real)
                    if stand_in != real:
                        renamed[stand_in.encode("ascii")] = real.encode("cp437")
                    z.write(full, stand_in)
        else:
            add_folder(z, source)
        if kind == "finder":
            z.writestr("__MACOSX/enhed/._manifest.xml", "resource fork")
            z.writestr("enhed/.DS_Store", "finder settings")
            z.writestr("enhed/docs/.DS_Store", "finder settings")
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
    for stand_in, real in renamed.items():
        data = bytearray(bytes(data).replace(stand_in, real))
    if kind == "crc":
        # One byte of a stored file changed after its CRC-32 was recorded.
        at = data.find(b"politik")
        data[at] ^= 0x20
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
