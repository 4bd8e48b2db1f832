"""No network for the processes that evaluate queries: a seccomp filter on socket creation.

Defence in depth behind ``egress``: a query worker of a server with no SERVICE allow-list installs,
before it loads any data, a seccomp-BPF filter under which ``socket()`` fails with EACCES for every
address family but AF_UNIX (the pipe to the server stays open), ``io_uring_setup`` fails (it could
create sockets too), and so does every system call made through another ABI (i386, x32). The filter
applies to all the worker's threads (TSYNC) and to whatever they start, and cannot be lifted.

Linux on x86-64 and AArch64 only; elsewhere :func:`forbid_network` returns False and says why, and the
worker relies on ``egress`` alone.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import struct

log = logging.getLogger(__name__)

# Per architecture: the audit arch value, and the numbers of socket, io_uring_setup and seccomp.
_ARCHES = {
    "x86_64": (0xC000003E, 41, 425, 317),
    "aarch64": (0xC00000B7, 198, 425, 277),
}
_AF_UNIX, _EACCES = 1, 13
_PR_SET_NO_NEW_PRIVS, _SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_TSYNC = 38, 1, 1
_LD_W_ABS, _JEQ_K, _JGE_K, _RET_K = 0x20, 0x15, 0x35, 0x06
_ALLOW, _DENY = 0x7FFF0000, 0x00050000 | _EACCES
_X32_BIT = 0x40000000


def _program(arch: int, socket_nr: int, io_uring_nr: int) -> bytes:
    """The BPF program; offsets are counted from the next instruction (8 = ALLOW, 9 = DENY)."""
    instructions = [
        (_LD_W_ABS, 0, 0, 4),  # 0: arch
        (_JEQ_K, 0, 7, arch),  # 1: another ABI -> DENY
        (_LD_W_ABS, 0, 0, 0),  # 2: system call number
        (_JGE_K, 5, 0, _X32_BIT),  # 3: x32 -> DENY
        (_JEQ_K, 1, 0, socket_nr),  # 4: socket -> 6
        (_JEQ_K, 3, 2, io_uring_nr),  # 5: io_uring_setup -> DENY, else ALLOW
        (_LD_W_ABS, 0, 0, 16),  # 6: first argument (the address family), low 32 bits
        (_JEQ_K, 0, 1, _AF_UNIX),  # 7: AF_UNIX -> ALLOW, else DENY
        (_RET_K, 0, 0, _ALLOW),  # 8
        (_RET_K, 0, 0, _DENY),  # 9
    ]
    return b"".join(struct.pack("=HBBI", *i) for i in instructions)


def forbid_network() -> bool:
    """Install the filter in this process; True when it is in force."""
    machine = platform.machine()
    if platform.system() != "Linux" or machine not in _ARCHES:
        log.warning("no network sandbox for query workers on %s %s", platform.system(), machine)
        return False
    arch, socket_nr, io_uring_nr, seccomp_nr = _ARCHES[machine]
    code = _program(arch, socket_nr, io_uring_nr)
    filters = ctypes.create_string_buffer(code, len(code))
    fprog = struct.pack("HxxxxxxP", len(code) // 8, ctypes.addressof(filters))
    fprog_buffer = ctypes.create_string_buffer(fprog, len(fprog))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        log.warning("no network sandbox: prctl(NO_NEW_PRIVS) failed (errno %d)", ctypes.get_errno())
        return False
    result = libc.syscall(
        seccomp_nr,
        _SECCOMP_SET_MODE_FILTER,
        _SECCOMP_FILTER_FLAG_TSYNC,
        ctypes.c_void_p(ctypes.addressof(fprog_buffer)),
    )
    if result != 0:
        log.warning("no network sandbox: seccomp() failed (errno %d)", ctypes.get_errno())
        return False
    return True
